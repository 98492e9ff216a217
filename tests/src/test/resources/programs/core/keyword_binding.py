# Keyword arguments bound by a call site's cached plan, and every case the plan must hand to
# the general binder (so that errors keep CPython's messages).

def f(a, b=2, *rest, c, d=4, **extra):
    return (a, b, rest, c, d, extra)


def g(a, /, b, **kw):
    return (a, b, kw)


def h(x, y=10):
    return x * y


for i in range(3):
    print(f(i, c=5), f(i, 7, 8, 9, c=1, d=2, e=3), f(a=i, c=0, z=1))
    print(g(i, b=1), g(i, 2, a=3), h(y=i, x=2), h(i))

calls = [
    lambda: f(1, a=2, c=3),          # a keyword repeats a positional argument
    lambda: f(c=1),                  # missing positional
    lambda: f(1),                    # missing keyword-only
    lambda: h(1, z=2),               # unknown keyword, no **kwargs
    lambda: g(b=1, a=2),             # positional-only passed by keyword
    lambda: h(),                     # nothing at all
]
for _ in range(2):
    for c in calls:
        try:
            c()
        except TypeError as e:
            print("TypeError:", e)


def wrapper_of(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


wf = wrapper_of(f)
wh = wrapper_of(h)
for i in range(3):
    print(wf(i, c=i), wf(i, i, c=1, q=i), wh(i), wh(y=i, x=3), wh(i, y=i))
for c in (lambda: wh(1, x=2), lambda: wh(1, 2, 3), lambda: wf(1)):
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
