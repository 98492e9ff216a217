def outer():
    n = 0
    def inner():
        n = 1
        nonlocal n
    return inner
