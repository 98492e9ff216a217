def f():
    return list((yield from i) for i in range(3))
