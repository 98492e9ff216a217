def a():
    def b():
        nonlocal nothing
    return b
def c():
    v = 1
    global v
