# A parameter declared nonlocal.
def outer():
    y = 0
    def inner(y):
        nonlocal y
        return y
    return inner
