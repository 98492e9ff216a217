# One call site binding many shapes of arguments to the same function: defaults filling in,
# *args of growing length (past what a site keeps as constants), **kwargs forwarded, empty,
# a dict, or merged with explicit keywords, and errors after many good calls at the same site.

def f(a, b=10, c=20):
    return a + b * 2 + c * 3


def g(*args):
    return len(args), sum(args)


def call_f(*args):
    return f(*args)


def call_g(*args):
    return g(*args)


total = 0
for i in range(300):
    total += call_f(i) + call_f(i, 1) + call_f(i, 1, 2)
print("defaults", total)

shapes = []
for n in range(7):
    shapes.append(call_g(*range(n)))
print("varargs", shapes)

for n in (1, 2, 3):
    try:
        call_f(*range(n + 3))
    except TypeError as e:
        print("too many:", e)
try:
    call_f()
except TypeError as e:
    print("too few:", e)


def h(a, b, c=5):
    return (a, b, c)


def call_h(*args):
    return h(*args)


for i in range(200):
    call_h(i, i)
try:
    call_h(1)
except TypeError as e:
    print("missing after good calls:", e)

h.__defaults__ = (7, 8)
print("new defaults", call_h(1), call_h(1, 2), call_h(1, 2, 3))
h.__defaults__ = None
try:
    call_h(1, 2)
except TypeError as e:
    print("defaults removed:", e)


def k(a, b=1, *rest, c=3, **kw):
    return (a, b, rest, c, sorted(kw.items()))


def spread(*args, **kwargs):
    return k(*args, **kwargs)


def spread_dict(args, kwargs):
    return k(*args, **kwargs)


out = []
for i in range(100):
    out = [spread(i), spread(i, 2), spread(i, b=5), spread(a=i, c=9), spread(i, 2, 3, 4, x=1, c=0)]
print("forwarded", out)
for d in ({}, {"b": 4}, {"z": 1, "c": 2}):
    print("dict", spread_dict((1,), d))
try:
    spread_dict((1,), {"a": 2})
except TypeError as e:
    print("dict error:", e)
try:
    spread_dict((1,), [])
except TypeError as e:
    print("mapping error:", e)


def both(*args, **kwargs):
    return k(*args, d=0, **kwargs)


for i in range(100):
    r = both(i), both(i, e=1)
print("merged", r)
try:
    both(1, d=2)
except TypeError as e:
    print("merged error:", e)
