# A positional argument after a keyword argument.
def f(a, b):
    return a + b
print(f(a=1, 2))
