# Ints a generator yields travel unboxed to a consuming loop (boxed again at the store); every
# consumer must still see exactly the value yielded: ints, then bools, big ints, floats, None.


def mixed(n):
    for i in range(n):
        yield i
    yield True
    yield 2 ** 70
    yield -(2 ** 63)
    yield 1.5
    yield None
    yield i


def total(n):
    out = []
    for v in mixed(n):
        out.append((v, type(v).__name__))
    return out


for n in (3, 5000):
    r = total(n)
    print(n, r[:2], r[-7:])

# the same generator drained by every kind of consumer
print(list(mixed(2)), sum(x for x in mixed(3) if isinstance(x, int) and not isinstance(x, bool)))
g = mixed(2)
print(next(g), next(g), next(g), next(g))
print([x for x in mixed(1)], tuple(mixed(1)))


def outer():
    got = yield from mixed(2)
    yield "done"


print(list(outer()))


def bools():
    while True:
        yield False
        yield 1


b = bools()
print([next(b) for _ in range(4)])
acc = 0
for k in range(3000):
    for v in (x for x in (True, 2, False)):
        acc += v
print(acc)
