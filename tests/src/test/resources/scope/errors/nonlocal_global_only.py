g = 1
def f():
    nonlocal g
