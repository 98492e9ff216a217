# Values that send() and next() take out of a generator: ints (handed over
# unboxed inside cellpy), then other kinds from the same yield, big ints, None,
# bools, and the StopIteration at the end.

def echo():
    got = None
    while True:
        got = yield got


def running_total():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def mixed(n):
    for i in range(n):
        yield i
    yield "text"
    yield 2 ** 70
    yield 1.5
    yield True
    yield None


def drive_echo(values):
    e = echo()
    next(e)
    return [e.send(v) for v in values]


acc = running_total()
next(acc)
last = 0
for i in range(20000):
    last = acc.send(i % 13)
print(last)
try:
    acc.send(None)
except StopIteration as stop:
    print("StopIteration", stop.value)

for round_ in range(300):
    out = drive_echo([1, 2, 3])
print(out)
print(drive_echo([4, "five", 6.0, 2 ** 65, None, False, (7,)]))

g = mixed(3)
taken = []
while True:
    try:
        taken.append(next(g))
    except StopIteration:
        break
print(taken)
print(next(mixed(0)), next(iter(mixed(0))))
h = mixed(1)
print(next(h), next(h), next(h, "default"), next(h), next(h), next(h))
print(next(h, "default"))
