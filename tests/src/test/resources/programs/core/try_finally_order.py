# Ordering of try/except/else/finally, return and break inside finally.
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
