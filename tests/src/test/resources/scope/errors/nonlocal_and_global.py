def outer():
    v = 0
    def inner():
        global v
        nonlocal v
    return inner
