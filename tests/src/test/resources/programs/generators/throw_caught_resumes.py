# A throw() handled inside the generator: throw() returns the next yielded value.
def worker():
    state = 0
    while state < 5:
        try:
            got = yield state
            print("  normal resume with", got)
            state += 1
        except RuntimeError as e:
            print("  handled", e)
            state += 10
            yield "after-handler"
    print("  loop over, state", state)
    return state

w = worker()
print(next(w))
print(w.send("x"))
print(w.throw(RuntimeError("boom")))
try:
    next(w)
except StopIteration as e:
    print("return value", e.value)

def handler_then_return():
    try:
        yield 1
    except ValueError:
        print("  handled, returning")
        return "from-handler"
    yield 2

g = handler_then_return()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("throw raised StopIteration with", repr(e.value))

def retry():
    attempts = []
    for i in range(3):
        try:
            yield i
        except Exception as e:
            attempts.append((i, str(e)))
    yield attempts

r = retry()
print(next(r))
print(r.throw(Exception("first")))
print(r.throw(Exception("second")))
print(next(r))
