# The three forms of throw(); the exception escapes when not handled.
def gen(tag):
    try:
        yield tag + "-1"
        yield tag + "-2"
    finally:
        print("  finally of", tag)

g = gen("a")
print(next(g))
try:
    g.throw(ValueError)
except ValueError as e:
    print("class form:", type(e).__name__, repr(e.args))
print("a finished:", g.gi_frame is None)

g = gen("b")
print(next(g))
try:
    g.throw(ValueError("m"))
except ValueError as e:
    print("instance form:", type(e).__name__, repr(e.args), str(e))

g = gen("c")
print(next(g))
try:
    g.throw(ValueError, "m")
except ValueError as e:
    print("class+value form:", type(e).__name__, repr(e.args), str(e))

g = gen("d")
print(next(g))
try:
    g.throw(KeyError, "k")
except LookupError as e:
    print("KeyError caught as LookupError:", repr(e))

g = gen("e")
print(next(g))
try:
    g.throw(TypeError("one", 2))
except TypeError as e:
    print("args:", e.args)
print(next(g, "exhausted"))

def catcher():
    while True:
        try:
            yield "waiting"
        except ArithmeticError as e:
            print("  caught", type(e).__name__, e.args)

c = catcher()
next(c)
print(c.throw(ZeroDivisionError))
print(c.throw(ZeroDivisionError("div")))
print(c.throw(OverflowError, "big"))
try:
    c.throw(IndexError, "not arithmetic")
except IndexError as e:
    print("escaped:", e)
print(c.gi_frame)
