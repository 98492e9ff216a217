def outer():
    global shared
    shared = 1
    def inner():
        nonlocal shared
    return inner
