# A with block holding yields: entered once, exited once, also on close() and throw().
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False

def gen():
    with Res("a") as r, Res("b"):
        yield r.name
        yield "second"
    yield "after"

print(list(gen()))
g = gen()
print(next(g))
g.close()
print("closed")
g = gen()
next(g)
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("caught", e)

def suppress():
    class S:
        def __enter__(self): return None
        def __exit__(self, t, v, tb):
            print("suppressing", t.__name__)
            return True
    with S():
        x = yield 1
        raise KeyError(x)
    yield "resumed after with"
s = suppress()
print(next(s))
print(s.send("k"))
