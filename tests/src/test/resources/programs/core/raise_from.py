# raise ... from ..., __cause__ and __context__.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad input " + repr(s)) from e

try:
    parse("12x")
except RuntimeError as e:
    print("caught:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("no cause") from None
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    raise IndexError("plain")
except IndexError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)

try:
    raise TypeError("outer") from KeyError("explicit")
except TypeError as e:
    print(repr(e.__cause__), e.__context__)

def chain():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][0]
        except IndexError:
            raise LookupError("top")

try:
    chain()
except LookupError as e:
    c = e.__context__
    print(type(c).__name__, c)
    print(type(c.__context__).__name__, c.__context__)
    print(c.__context__.__context__)

err = ValueError("made")
err2 = RuntimeError("wrapped")
try:
    raise err2 from err
except RuntimeError as e:
    print(e.__cause__ is err, e is err2)
