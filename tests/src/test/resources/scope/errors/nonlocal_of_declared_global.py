def f():
    global y
    def g():
        nonlocal y
