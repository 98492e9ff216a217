def f():
    y = 1
    def g():
        nonlocal y
        y: int = 2
    return g
