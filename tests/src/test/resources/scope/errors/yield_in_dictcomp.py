def f():
    return {i: (yield i) for i in range(3)}
