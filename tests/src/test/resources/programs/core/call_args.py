# Calls with keyword args, defaults, *args, **kwargs, keyword-only args.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(f(1, c=3))
print(f(1, 20, 30, 40, c=3))
print(f(a=1, c=3, d=5, e=6))
print(f(*[1, 2, 3], c=0, **{"z": 9}))
print(f(1, *(2,), *[3, 4], c=5, **{"x": 1}, **{"y": 2}))

def g(x, y, z):
    return x * 100 + y * 10 + z

print(g(1, 2, 3), g(z=3, y=2, x=1), g(1, z=3, y=2), g(*(1, 2), z=3), g(**{"x": 1, "y": 2, "z": 3}))

def only_kw(*, key, flag=False):
    return key, flag

print(only_kw(key="k"), only_kw(flag=True, key=1))

def collect(*args, **kwargs):
    return args, kwargs

print(collect())
print(collect(1, "two", three=3))
print(collect(*"ab", **dict(q=1)))

def defaults(a, b=[], c=None):
    if c is None:
        c = {}
    b.append(a)
    c[a] = len(b)
    return b, c

print(defaults(1))
print(defaults(2))
print(defaults(3, []))

def pos_and_kw(a, b, /, c, *, d):
    return a, b, c, d

print(pos_and_kw(1, 2, 3, d=4), pos_and_kw(1, 2, c=3, d=4))

kwargs = {"sep": "-", "end": "!\n"}
print("a", "b", "c", **kwargs)
print("x", "y", sep="")
print("no newline", end="")
print(" ...continued")
print()
print(*range(4))

def lam_caller(fn, *a, **k):
    return fn(*a, **k)

print(lam_caller(lambda x, y=1: x - y, 10), lam_caller(lambda x, y=1: x - y, 10, y=5))
print(lam_caller(max, 3, 9, 4), lam_caller(sorted, [3, 1], reverse=True))
