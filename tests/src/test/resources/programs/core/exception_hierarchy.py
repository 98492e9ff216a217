# Catching by base class, tuples of classes, order of except clauses.
def trigger(kind):
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 // 0
    if kind == "type":
        return 1 + "a"
    if kind == "name":
        return undefined_var
    if kind == "unbound":
        x = x + 1
    if kind == "recursion":
        raise RecursionError("deep")
    return "no error"

for kind in ["key", "index", "zero", "type", "name", "unbound", "recursion", "none"]:
    try:
        r = trigger(kind)
        print(kind, "returned", r)
    except LookupError as e:
        print(kind, "LookupError caught", type(e).__name__)
    except ArithmeticError as e:
        print(kind, "ArithmeticError caught", type(e).__name__)
    except (TypeError, NameError) as e:
        print(kind, "tuple caught", type(e).__name__)
    except Exception as e:
        print(kind, "Exception caught", type(e).__name__)

print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(UnboundLocalError, NameError))
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(Exception, BaseException), issubclass(KeyError, Exception))
print(issubclass(SyntaxError, Exception), issubclass(AssertionError, Exception))

try:
    try:
        raise KeyError("inner")
    except IndexError:
        print("wrong handler")
except KeyError as e:
    print("propagated to outer:", e)

try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print("RuntimeError catches", type(e).__name__, e)

try:
    raise ValueError("first matching wins")
except Exception:
    print("Exception clause first")
except ValueError:
    print("never")

errs = (KeyError, ValueError)
try:
    int("nope")
except errs as e:
    print("caught via tuple variable:", type(e).__name__)

try:
    raise GeneratorExit()
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException catches", type(e).__name__)
