# isinstance/type/callable/hasattr/getattr/setattr/repr/bool.
vals = [1, 1.5, "s", True, None, [1], (1,), {1: 2}, {1}, range(2), len, lambda: 0]
for v in vals:
    print(type(v).__name__, callable(v), isinstance(v, (int, float)), bool(v) if not callable(v) else "fn")
print(isinstance(True, int), isinstance(1, bool), isinstance("x", (list, str)))
print(isinstance([], (tuple, (dict, list))), isinstance(3, object))
print(type(1) is int, type("") == str, type(None).__name__, type(type(1)).__name__)
print(callable(print), callable(int), callable("print"), callable(ValueError))
print(hasattr("abc", "upper"), hasattr(5, "upper"), hasattr([], "append"))
print(getattr("abc", "upper")(), getattr(5, "missing", "default"))
up = getattr("text", "title")
print(up())
try:
    getattr(5, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
def f():
    pass
print(hasattr(f, "__name__"), getattr(f, "__name__"), getattr(f, "__qualname__"))
print(hasattr(f, "marker"), getattr(f, "marker", None))
print(repr(1), repr("1"), repr([None, True]), repr((1,)), repr(()), repr({}), repr(set()))
print(repr(range(3)), repr(range(0, 10, 2)), repr(1.0), repr(-0.0))
print(str(type(1)), str(int), str(ValueError))
print(int.__name__, str.__name__, list.__name__, dict.__name__, type(print).__name__)
print(tuple([1, 2]), list((3,)), set([1, 1]), dict({"a": 1}), tuple("ab"))
print(list(), tuple(), dict(), str(), int(), float(), bool())
print(isinstance(ValueError("x"), (KeyError, ValueError)), type(ValueError("x")) is ValueError)
