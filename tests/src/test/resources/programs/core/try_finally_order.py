# Ordering of try/except/else/finally, return inside finally.
def t1():
    try:
        print("try")
    except ValueError:
        print("except")
    else:
        print("else")
    finally:
        print("finally")

t1()

def t2():
    try:
        print("try")
        raise ValueError("boom")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")

t2()

def t3():
    try:
        return "from try"
    finally:
        print("finally runs before return completes")

print(t3())

def t4():
    try:
        return "try value"
    finally:
        return "finally value"

print(t4())

def t5():
    try:
        raise KeyError("lost")
    finally:
        return "finally swallowed the exception"

print(t5())

def t6():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("cleanup", i)
    return i

print(t6())

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
