# nonlocal with no enclosing function binding (the module's x does not count).
x = 1
def outer():
    def inner():
        nonlocal x
        x = 2
    inner()
print("never printed")
