def f():
    total = 0
    global total
