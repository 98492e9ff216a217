# A **kwargs that a function only passes on (decorator wrappers) behaves as a dict does:
# keywords reach the callee by name, in order, with CPython's errors for duplicates and unknowns.


def show(*args, **kwargs):
    return f"{args} {kwargs}"


def forward(*args, **kwargs):
    return show(*args, **kwargs)


def forward_twice(*args, **kwargs):
    return forward(*args, **kwargs)


def named(a, b=2, *, c=3):
    return (a, b, c)


def to_named(*args, **kwargs):
    return named(*args, **kwargs)


def with_extra(*args, **kwargs):
    return show(*args, extra=1, **kwargs)


def extra_after(**kwargs):
    return show(**kwargs, last=9)


def two_spreads(**kwargs):
    return show(**kwargs, **{"z": 26})


def lam_forward():
    f = lambda *a, **k: show(*a, **k)
    return f(1, x=2)


print(forward())
print(forward(1, 2))
print(forward(1, b=2, a=1))
print(forward_twice(3, y=4, x=5))
print(to_named(1))
print(to_named(1, c=30))
print(to_named(a=10, b=20, c=30))
print(to_named(1, 2, c=3))
print(with_extra(1, k=2))
print(extra_after(a=1, b=2))
print(two_spreads(y=25))
print(lam_forward())
for i in range(3):
    print(forward(i, n=i * i), to_named(i, b=i + 1))

for call in (lambda: to_named(1, d=4), lambda: to_named(1, a=1), lambda: with_extra(extra=2),
             lambda: extra_after(last=1), lambda: to_named(), lambda: two_spreads(z=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def counted(fn):
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return fn(*args, **kwargs)

    wrapper.calls = lambda: calls
    return wrapper


@counted
def area(w, h=1, *, scale=1):
    return w * h * scale


total = 0
for i in range(200):
    total += area(i) + area(i, h=2) + area(w=i, scale=3)
print(total, area.calls())


def inspects(*args, **kwargs):
    # uses kwargs as a dict: not forwarded only
    print(sorted(kwargs), len(kwargs))
    return show(*args, **kwargs)


print(inspects(1, q=1, p=2))


def captured(**kwargs):
    def inner():
        return show(**kwargs)
    return inner()


print(captured(m=1))
