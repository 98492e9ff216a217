# A value sent into a generator is seen by the one yield it resumes; later plain resumes (next,
# for) see None, also through yield from, after throw(), and in generators resumed from a loop.


def echo():
    seen = []
    while True:
        v = yield len(seen)
        seen.append(v)
        if v == "stop":
            return seen


g = echo()
print(next(g), g.send(10), next(g), g.send("x"), next(g), next(g))
try:
    g.send("stop")
except StopIteration as e:
    print("returned", e.value)


def inner():
    got = []
    for _ in range(4):
        got.append((yield len(got)))
    return got


def outer():
    r = yield from inner()
    print("inner got", r)
    last = yield "after"
    print("outer got", last)


o = outer()
print(next(o), o.send("a"), next(o), o.send("b"))
print(next(o))
try:
    next(o)
except StopIteration:
    print("outer done")


def guarded():
    n = 0
    while True:
        try:
            v = yield n
            print("  resumed with", v)
        except ValueError as e:
            print("  caught", e)
        n += 1


h = guarded()
next(h)
h.send(1)
h.throw(ValueError("boom"))
next(h)
h.send(2)
h.throw(ValueError("again"))
h.send(None)
print(next(h))


def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        else:
            i += 1


def drive(g, rounds):
    out = []
    for k in range(rounds):
        out.append(g.send(k * 3) if k % 4 == 1 else next(g))
    return out


print(drive(counter(100), 12))
for i in range(3):
    c = counter(200)
    print(sum(drive(c, 30)), list(c)[:5])
print([v for v in counter(5)], list(counter(0)))
