# A generator that yields again after GeneratorExit: RuntimeError from close().
def stubborn():
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            print("  ignoring GeneratorExit")

g = stubborn()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("frame alive:", g.gi_frame is not None)
print(next(g))
try:
    g.throw(KeyError("stop it"))
except KeyError as e:
    print("finished by KeyError:", e, g.gi_frame)

def yield_in_finally():
    try:
        yield 1
    finally:
        print("  finally yields")
        yield 2

h = yield_in_finally()
print(next(h))
try:
    h.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(h, "end")
except GeneratorExit as e:
    print("resuming after the finally re-raises", type(e).__name__)
print(next(h, "end"))

def yields_after_catching_only_once():
    try:
        yield "first"
    except GeneratorExit:
        print("  first GeneratorExit")
    yield "second"
    print("  second resume")

k = yields_after_catching_only_once()
next(k)
try:
    k.close()
except RuntimeError as e:
    print("RuntimeError:", e)
k.close()
print("closed cleanly the second time:", k.gi_frame is None)
