# The exception being handled is saved and restored across yields.
def reraiser():
    try:
        raise ValueError("inside generator")
    except ValueError:
        yield "paused in handler"
        raise

g = reraiser()
print(next(g))
try:
    raise KeyError("consumer's own")
except KeyError:
    try:
        next(g)
    except ValueError as e:
        print("bare raise re-raised:", repr(e))
        print("its context:", repr(e.__context__))

def raises_fresh():
    yield "ready"
    raise TypeError("fresh")

g = raises_fresh()
next(g)
try:
    raise IndexError("outer handling")
except IndexError:
    try:
        next(g)
    except TypeError as e:
        print("context from the consumer:", repr(e.__context__))

def handler_then_yield_then_new_error():
    try:
        1 / 0
    except ZeroDivisionError:
        yield "in handler"
        raise KeyError("during handling")

g = handler_then_yield_then_new_error()
next(g)
try:
    next(g)
except KeyError as e:
    print("context kept across the yield:", repr(e.__context__))

def catches_thrown():
    while True:
        try:
            yield
        except Exception as e:
            print("  handling", repr(e), "context", repr(e.__context__))

c = catches_thrown()
next(c)
c.throw(ValueError("plain"))
try:
    raise RuntimeError("consumer context")
except RuntimeError:
    c.throw(KeyError("thrown while consumer handles"))
c.throw(LookupError("after"))

def nested_handlers_across_yields():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            yield "inner handler"
        yield "back in outer handler"
        raise

g = nested_handlers_across_yields()
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("outer exception restored:", repr(e))
