class A:
    def f(self):
        nonlocal __y
