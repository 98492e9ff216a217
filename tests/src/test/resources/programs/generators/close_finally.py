# close() raises GeneratorExit at the paused yield; finally blocks run, innermost first.
def layered(name):
    try:
        print("  ", name, "enter outer")
        try:
            print("  ", name, "enter inner")
            yield 1
            yield 2
        finally:
            print("  ", name, "inner finally")
    finally:
        print("  ", name, "outer finally")

g = layered("g")
print(next(g))
print("close returns", g.close())
print("frame after close:", g.gi_frame)
print("next after close:", next(g, "exhausted"))
print("close again:", g.close())

def observe():
    try:
        yield "a"
    except GeneratorExit as e:
        print("  got", type(e).__name__, repr(e.args), isinstance(e, Exception), isinstance(e, BaseException))
        raise
    finally:
        print("  observe finally")

o = observe()
next(o)
o.close()

def swallow_by_return():
    try:
        yield 1
    except GeneratorExit:
        print("  returning on GeneratorExit")
        return "ignored value"

s = swallow_by_return()
next(s)
print("close result:", s.close())

def not_started():
    try:
        print("  never printed")
        yield 1
    finally:
        print("  never printed either")

n = not_started()
print("close unstarted:", n.close())
print(list(n))

def finished():
    yield 1

f = finished()
print(list(f))
print("close finished:", f.close())

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise KeyError("instead")

r = raises_other()
next(r)
try:
    r.close()
except KeyError as e:
    print("close raised", repr(e))

def except_exception_does_not_catch():
    try:
        yield 1
    except Exception:
        print("  not reached: GeneratorExit is not an Exception")
    finally:
        print("  finally still runs")

x = except_exception_does_not_catch()
next(x)
x.close()
print("done")
