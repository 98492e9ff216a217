def f():
    return [n for n in (seq := [1, 2])]
