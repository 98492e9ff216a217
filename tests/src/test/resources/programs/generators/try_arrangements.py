# yield in try, except, else and finally, in many arrangements.
def in_handler():
    try:
        raise ValueError("v")
    except ValueError as e:
        x = yield "in handler: " + str(e)
        print("  resumed in handler with", x)
        yield "handler still active"
    yield "after try"

print(list(in_handler()))
g = in_handler()
print(next(g))
print(g.send("S"))
print(next(g))

def in_else(fail):
    try:
        if fail:
            raise KeyError("k")
        yield "try body"
    except KeyError:
        yield "except"
    else:
        yield "else 1"
        yield "else 2"
    finally:
        yield "finally"
    yield "end"

print(list(in_else(False)))
print(list(in_else(True)))

def in_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            yield ("body", i)
        finally:
            yield ("finally", i)

print(list(in_finally()))

def resume_then_raise():
    try:
        try:
            value = yield "inner"
            print("  computing 10 /", value)
            yield 10 / value
        except KeyError:
            print("  not this one")
    except ZeroDivisionError as e:
        print("  outer handler:", e)
        yield "recovered"
    yield "tail"

g = resume_then_raise()
print(next(g))
print(g.send(0))
print(next(g))
g = resume_then_raise()
print(next(g))
print(g.send(4))
print(list(g))

def nested_handlers():
    try:
        try:
            yield 1
            raise TypeError("t")
        except TypeError:
            yield 2
            raise IndexError("i")
        finally:
            yield 3
    except IndexError as e:
        yield "caught " + str(e)
    finally:
        yield 4

print(list(nested_handlers()))

def exception_context():
    try:
        raise ValueError("first")
    except ValueError:
        yield "paused in handler"
        raise KeyError("second")

g = exception_context()
next(g)
try:
    next(g)
except KeyError as e:
    print("context:", repr(e.__context__))

def finally_overrides():
    try:
        yield 1
        return "try-return"
    finally:
        return "finally-return"

g = finally_overrides()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
