# Mixing global and nonlocal declarations.
x = "global x"
y = "global y"

def outer():
    x = "outer x"
    y = "outer y"
    def inner():
        global x
        nonlocal y
        x = "set by inner (global)"
        y = "set by inner (nonlocal)"
        return x, y
    print(inner())
    print("outer sees", x, "|", y)

outer()
print("module sees", x, "|", y)

counter = 0
def bump():
    global counter
    counter += 1
    def nested():
        return counter * 10   # global, because outer declared global
    return nested()

print(bump(), bump(), counter)
print(bump.__code__.co_cellvars)

def shadow_global():
    counter = "local"
    def look():
        return counter
    def look_global():
        global counter
        return counter
    return look(), look_global()

print(shadow_global())

def nonlocal_of_nonlocal():
    v = 1
    def mid():
        nonlocal v
        v += 1
        def deep():
            nonlocal v
            v *= 10
        deep()
    mid()
    return v

print(nonlocal_of_nonlocal())

def global_in_middle():
    z = "enclosing z"
    def mid():
        global z
        z = "module z"
        def deep():
            return z
        return deep()
    return mid(), z

print(global_in_middle())
print(z)
