# Keyword-only parameters with and without defaults, bound at sites that pass some of them,
# none of them, or forward them through a wrapper; __kwdefaults__ changed after many calls.

def scaled(x, *, by=2, plus=0):
    return x * by + plus


def needs(x, *, key, fallback=None):
    return (x, key, fallback)


def mixed(a, b=1, *rest, c, d=4, **extra):
    return (a, b, rest, c, d, sorted(extra.items()))


def wrap(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


total = 0
for i in range(300):
    total += scaled(i) + scaled(i, plus=3) + scaled(i, by=5, plus=1) + scaled(plus=i, x=1)
print("scaled", total)

w = wrap(needs)
for i in range(200):
    r = needs(i, key="k"), w(i, key="w"), w(i, fallback=0, key="both")
print("needs", r)
for call in (lambda: needs(1), lambda: w(1), lambda: w(1, fallback=2)):
    try:
        call()
    except TypeError as e:
        print("error:", e)

for i in range(100):
    r = mixed(i, c=3), mixed(i, 2, 3, c=0, z=9), wrap(mixed)(i, c=1, d=2)
print("mixed", r)
try:
    mixed(1, 2, 3)
except TypeError as e:
    print("error:", e)

print(scaled.__kwdefaults__)
scaled.__kwdefaults__ = {"by": 10, "plus": 1}
print("new kwdefaults", scaled(1), scaled(1, plus=0))
scaled.__kwdefaults__ = {"by": 3}
print("partial kwdefaults", scaled(1, plus=5))
try:
    scaled(1)
except TypeError as e:
    print("error:", e)
scaled.__kwdefaults__ = None
try:
    scaled(1, plus=2)
except TypeError as e:
    print("error:", e)
print(scaled(1, by=1, plus=1), scaled.__kwdefaults__)
