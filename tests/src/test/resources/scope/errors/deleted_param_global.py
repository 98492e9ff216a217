def f(x):
    del x
    global x
