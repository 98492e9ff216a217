# Deleting a cell variable, then reading it from the closure or the owner.
def outer():
    x = 1
    def read():
        return x
    print("before del:", read())
    del x
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    except NameError as e:
        print("NameError?", e)
    x = 2
    print("rebound:", read())
    return read

r = outer()
print(r())

def del_via_nonlocal():
    y = "here"
    def kill():
        nonlocal y
        del y
    def look():
        return y
    print(look())
    kill()
    try:
        look()
    except NameError as e:
        print("look:", e)
    print(look.__closure__[0] is kill.__closure__[0])

del_via_nonlocal()

def never_assigned(flag):
    if flag:
        z = "set"
    def get():
        return z
    return get

print(never_assigned(True)())
try:
    never_assigned(False)()
except NameError as e:
    print(isinstance(e, UnboundLocalError), e)

def local_del():
    w = 5
    del w
    try:
        return w
    except UnboundLocalError as e:
        return str(e)

print(local_del())
print(issubclass(UnboundLocalError, NameError))
