def f():
    pass

def g(a, b=1, *args, c, d=2, **kwargs):
    return a

def h(a, /, b, *, c):
    return

def posonly(a, b=2, /, c=3):
    return a, b, c

def annotated(x: int, y: 'str' = 'a', *rest: tuple, key: bool = True, **kw: dict) -> int:
    return x

def kwonly(*, a, b=1):
    pass

@decorator
def decorated():
    pass

@dec.attr
@dec(arg, key=1)
@(lambda f: f)
def multi():
    pass

def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield x
    z = yield from other()
    w = (yield)
    print((yield 5))
    await_ = 1
    return x

def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x += 1
        return x
    return inner

def trailing(a, b,):
    pass

def starargs(*args,): pass

def defaults_tuple(a=(1, 2), b=[], c={}, d=lambda: 0): pass

l1 = lambda: 0
l2 = lambda x: x + 1
l3 = lambda x, y=2, *a, z, **k: (x, y, a, z, k)
l4 = lambda *, k: k
l5 = lambda a, /, b: a
l6 = lambda: (yield)

class A:
    pass

class B(A):
    x = 1
    def method(self):
        return super().method()

class C(A, metaclass=Meta, **extra):
    """Docstring."""
    def __init__(self, *args, **kwargs):
        self.args = args

@dataclass
class D: pass

class E(): pass

f(*args, **kwargs)
f(a, *args, b=1, **kwargs)
f(*a, *b, c=1, **d, **e)
f(a)(b)(c)
f(x for x in y)
print(*items, sep='', end='\n')
print(a, b, file=sys.stderr, flush=True)
obj.method(1).other[2].attr
f(a := 1, b)
