def f():
    print(total)
    global total
