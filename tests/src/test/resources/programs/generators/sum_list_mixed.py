# sum() and list() of generators whose yields change kind: ints first (taken
# unboxed inside cellpy), then floats, big ints, strings and objects from the
# same generator expression and the same call site.

def values(kind, n):
    for i in range(n):
        if kind == 0:
            yield i
        elif kind == 1:
            yield i + 0.5
        elif kind == 2:
            yield 2 ** 64 + i
        else:
            yield str(i)


def total(kind, n):
    return sum(values(kind, n))


def collect(kind, n):
    return list(values(kind, n))


t = 0
for r in range(3000):
    t += total(0, 20)
print(t)
print(total(1, 4), total(2, 3))
try:
    total(3, 2)
except TypeError as e:
    print("TypeError:", e)
print(sum((x * x for x in range(10)), 100))
print(sum((x for x in [1, 2.5, 2 ** 70])))
for r in range(3000):
    c = collect(0, 5)
print(c, collect(1, 3), collect(2, 2), collect(3, 3))
print(min(values(0, 5)), max(values(1, 5)), any(values(0, 1)), all(values(3, 3)))
print(list(x if x % 2 else None for x in range(5)))
print(tuple(x for x in (1, "a", 2 ** 66, 1.0, True)))
