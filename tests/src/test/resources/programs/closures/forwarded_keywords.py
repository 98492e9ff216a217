# One call site inside a decorator's wrapper forwards the keywords of many outer call sites
# (each site its own names), more name sets than the site keeps plans for, and bad ones.
def passing(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@passing
def f(a, b=2, c=3, *, d=4, e=5):
    return (a, b, c, d, e)


@passing
def g(x, **rest):
    return (x, sorted(rest.items()))


for i in range(3):
    print(f(i), f(i, b=10), f(a=i, c=30), f(i, d=40, e=50), f(i, 1, 2, e=7))
    print(f(c=i, a=1, b=2, d=3, e=4), f(i, e=i, d=i))
    print(g(i), g(i, y=1), g(x=i, z=2, y=3))

total = 0
for i in range(2000):
    total += sum(f(i, b=i)) + sum(f(a=i, c=1)) + sum(f(i, d=i, e=1)) + f(i)[0]
print(total)

for bad in [lambda: f(1, a=2), lambda: f(1, q=2), lambda: f(b=1), lambda: g(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
