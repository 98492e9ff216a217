# A def without its colon.
def f(a, b)
    return a + b
