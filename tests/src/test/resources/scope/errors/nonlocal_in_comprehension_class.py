def f():
    class C:
        vals = [z := 1 for _ in range(2)]
    return C
