# yield inside while and if conditions.
def keep_going():
    n = 0
    while (yield n):
        n += 1
        print("  continuing to", n)
    print("  stopped at", n)
    yield "stopped"

g = keep_going()
print(next(g))
print(g.send(True))
print(g.send(1))
print(g.send("yes"))
print(g.send(0))

def gate():
    if (yield "question"):
        yield "answered yes"
    else:
        yield "answered no"
    yield "end"

g = gate()
print(next(g), g.send(True), next(g))
g = gate()
print(next(g), g.send(None), next(g))
print(list(gate()))

def ternary():
    x = "big" if (yield "value?") > 10 else "small"
    yield x

g = ternary()
next(g)
print(g.send(50))
g = ternary()
next(g)
print(g.send(5))

def boolean_ops():
    r = (yield "a") and (yield "b")
    yield ("and", r)
    r = (yield "c") or (yield "d")
    yield ("or", r)

g = boolean_ops()
print(next(g))
print(g.send(0))
print(next(g))
print(g.send("truthy"))
g = boolean_ops()
print(next(g), g.send(1), g.send(2), next(g), g.send(""), g.send("last"))

def loop_condition_with_counter():
    count = 0
    while (yield count) is not None:
        count += 1
    yield "count " + str(count)

g = loop_condition_with_counter()
print(next(g), g.send("x"), g.send("y"), g.send(None))
