# throw() into a generator that has not started, and into one that has finished.
def gen():
    print("  body started")
    try:
        yield 1
    except ValueError:
        print("  never: the body never reached the try")
    finally:
        print("  finally")
    yield 2

g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("unstarted throw raised:", e)
print("frame:", g.gi_frame)
print("next after:", next(g, "nothing"))

done = gen()
print(list(done))
try:
    done.throw(KeyError("late"))
except KeyError as e:
    print("finished throw raised:", repr(e))
try:
    done.throw(StopIteration)
except StopIteration as e:
    print("StopIteration thrown into finished generator:", type(e).__name__)

closed = gen()
print(next(closed))
closed.close()
try:
    closed.throw(TypeError, "after close")
except TypeError as e:
    print("closed throw raised:", e)

def empty():
    return
    yield

e = empty()
try:
    e.throw(IndexError(3))
except IndexError as err:
    print("IndexError", err.args)
print(list(e))
