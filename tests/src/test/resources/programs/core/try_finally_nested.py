# Nested try blocks, else with return, finally not changing the returned value,
# implicit exception context, and except-as unbinding its name.
def t7():
    log = []
    try:
        try:
            log.append("inner try")
            raise TypeError("inner")
        finally:
            log.append("inner finally")
    except TypeError as e:
        log.append("outer except " + str(e))
    finally:
        log.append("outer finally")
    return log

print(t7())

def t8(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        return "div zero"
    else:
        return "ok %s" % r
    finally:
        print("t8 finally", x)

print(t8(2))
print(t8(0))

def t9():
    x = "initial"
    try:
        return x
    finally:
        x = "changed in finally"

print(t9())

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise RuntimeError("second")
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))

def t10():
    try:
        pass
    except Exception:
        pass
    e = "e is local"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except NameError as ne:
        return "NameError: " + str(ne)

print(t10())
