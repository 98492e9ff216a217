# Exception args, str() and repr().
e = ValueError("message")
print(e.args, str(e), repr(e))
e = ValueError()
print(e.args, repr(str(e)), repr(e))
e = ValueError("a", 2, None)
print(e.args, str(e), repr(e))
e = KeyError("key")
print(e.args, str(e), repr(e))
e = KeyError(42)
print(str(e), repr(e))
e = Exception(3.5)
print(str(e), e.args[0] + 1)
e = RuntimeError(["list", "arg"])
print(str(e), repr(e))
try:
    {"a": 1}["b"]
except KeyError as ex:
    print(ex.args, str(ex))
try:
    [1][5]
except IndexError as ex:
    print(ex.args, str(ex))
try:
    int("abc")
except ValueError as ex:
    print(ex.args)
try:
    None.foo
except AttributeError as ex:
    print(ex.args)
try:
    undefined_name_here
except NameError as ex:
    print(ex.args)
try:
    raise ZeroDivisionError
except ZeroDivisionError as ex:
    print(repr(ex), ex.args, "[" + str(ex) + "]")
try:
    raise TypeError("x %d" % 5)
except TypeError as ex:
    print(ex)
print(type(StopIteration(7).value).__name__, StopIteration(7).value)
print(isinstance(ValueError("x"), Exception), isinstance(KeyboardInterrupt(), Exception))
print(ValueError.__name__, type(ValueError("q")).__name__)
ex = AssertionError("assert text")
print(ex, ex.args)
