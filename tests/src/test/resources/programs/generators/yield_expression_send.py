# yield as an expression: the value that send() passes in.
def echo():
    print("  started")
    received = yield "ready"
    while True:
        print("  received", repr(received))
        if received is None:
            received = yield "got nothing"
        else:
            received = yield received * 2

g = echo()
print(next(g))
print(g.send(21))
print(g.send("ab"))
print(next(g))
print(g.send(None))
print(g.send([1]))

def accumulate():
    total = 0
    count = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
        count += 1
    return (total, count)

acc = accumulate()
print(acc.send(None))
for v in [3, 4, 5]:
    print("sent", v, "->", acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("finished with", e.value)

def first_value_is_none():
    x = yield 1
    print("  x =", x)
    y = yield 2
    print("  y =", y)

g = first_value_is_none()
print(g.send(None))
print(next(g))
print(next(g, "done"))

# yield with no value yields None; unused yield expression result
def bare():
    yield
    a = yield
    print("  a =", a)
    yield a

g = bare()
print(next(g), next(g), g.send("s"))
