# yield from forwards send, throw and close to the delegate, and returns its value.
def inner():
    print("  inner start")
    try:
        a = yield "i1"
        print("  inner got", a)
        b = yield "i2"
        print("  inner got", b)
    except KeyError as e:
        print("  inner handled KeyError", e)
        c = yield "i-after-throw"
        print("  inner got", c)
    finally:
        print("  inner finally")
    return "inner-result"

def outer():
    print("  outer start")
    result = yield from inner()
    print("  outer received", result)
    yield "o-last"
    return "outer-result"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

print("-- throw handled by the delegate")
g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(g.send("C"))

print("-- throw not handled by the delegate, handled by the delegator")
def catching_outer():
    try:
        yield from inner()
    except ValueError as e:
        print("  outer caught", e)
        yield "o-recovered"

g = catching_outer()
print(next(g))
print(g.throw(ValueError("v")))

print("-- close reaches the delegate first")
def closing_outer():
    try:
        yield from inner()
    finally:
        print("  outer finally")

g = closing_outer()
next(g)
print("close:", g.close())

print("-- send None vs value")
def echo():
    while True:
        x = yield
        print("  echo", x)
        if x == "stop":
            return "echoed"

def wrapper():
    r = yield from echo()
    print("  wrapper got", r)

w = wrapper()
next(w)
w.send(1)
w.send(None)
next(w)
try:
    w.send("stop")
except StopIteration as e:
    print("wrapper done", e.value)

print("-- delegate returns immediately")
def nothing():
    return 42
    yield

def uses_nothing():
    v = yield from nothing()
    yield v

print(list(uses_nothing()))

print("-- throw into a delegate that has finished its first part")
def two_level():
    x = yield from echo()
    yield "after echo: " + str(x)

t = two_level()
next(t)
print(t.send("stop"))
try:
    t.throw(IndexError("late"))
except IndexError as e:
    print("escaped", e)
