# A name used before its nonlocal declaration.
def outer():
    v = 1
    def inner():
        print(v)
        nonlocal v
        v = 2
    inner()
outer()
