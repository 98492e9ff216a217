# Every way a generator body can suspend: statement yields (which return up the resumable
# statements) and yields inside expressions or plain statements (which leave by exception).

def assigns():
    a = b = yield "two targets"
    x, y = yield (a, b)
    d = {}
    d["k"] = yield x + y
    yield d


g = assigns()
print(next(g))
print(g.send(5))
print(g.send((1, 2)))
print(g.send("v"))


def loops_with_else(n):
    i = 0
    while i < n:
        yield "while", i
        i += 1
    else:
        yield "while-else", i
    for j in range(n):
        yield "for", j
    else:
        yield "for-else", j
    for k in range(5):
        if k == 1:
            break
        yield "broken", k
    else:
        yield "never"


print(list(loops_with_else(2)))


def in_handlers():
    try:
        yield "body"
        raise KeyError("k")
    except KeyError as e:
        got = yield "handler " + repr(e)
        yield "after send " + str(got)
    else:
        yield "never"
    try:
        yield "try2"
    except ValueError:
        yield "never"
    else:
        yield "else2"
    finally:
        yield "finally2"
    try:
        try:
            raise ValueError("pending")
        finally:
            yield "finally with pending"
    except ValueError as e:
        yield "caught " + str(e)


g = in_handlers()
print(next(g), "|", next(g), "|", g.send(42), "|", next(g), "|", next(g), "|", next(g), "|", next(g), "|", next(g))
print(next(g, "done"))


def in_expressions():
    total = 0
    total += (yield 1) * 10
    print("sum", [(yield 2), (yield 3)], total)
    while (yield "test") != "stop":
        yield "looped"
    if (yield "cond"):
        yield "then"
    return "ret"


g = in_expressions()
out = [next(g), g.send(4), g.send(5), g.send(6), g.send("go"), next(g), g.send("stop"), g.send(True)]
print(out)
try:
    next(g)
except StopIteration as s:
    print("returned", s.value)


class Manager:
    def __enter__(self):
        print("enter")
        return "m"

    def __exit__(self, *exc):
        print("exit", exc[0])
        return False


def with_yields():
    with Manager() as m:
        yield m
        x = yield m + "!"
        yield x


g = with_yields()
print(next(g), next(g), g.send("sent"))
g.close()
print(list(with_yields()))
