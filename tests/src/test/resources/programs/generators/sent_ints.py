# Ints sent into generators travel unboxed; every other value as it is. The value sent is seen
# by the one yield it resumes, whatever kind of value the send before it or after it carried.


def echo():
    while True:
        v = yield
        print("got", repr(v), type(v).__name__)


e = echo()
next(e)
for v in [1, "one", 2, True, -3, 2 ** 70, None, 0, 1.5, -(2 ** 63), 2 ** 63 - 1, (4,)]:
    e.send(v)
next(e)


def summer():
    total = 0
    while True:
        total += ((yield total) or 0) * 2 + ((yield -total) or 0)


s = summer()
next(s)
print([s.send(k) for k in range(1, 9)])


def delegate():
    r = yield from summer()
    return r


d = delegate()
next(d)
print([d.send(k) if k % 3 else next(d) for k in range(1, 9)])


def accumulate(n):
    acc = 0
    while True:
        x = yield acc
        if x is None:
            acc = -acc
        else:
            acc = (acc + x) % n


def drive(rounds):
    a = accumulate(1000003)
    next(a)
    t = 0
    for i in range(rounds):
        if i % 1000 == 999:
            t += a.send(None)
        elif i % 5000 == 4999:
            t += a.send(2 ** 65)
        else:
            t += a.send(i * 7919)
    return t


for r in range(6):
    print("drive", drive(20000))
