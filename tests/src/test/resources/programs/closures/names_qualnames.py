# __name__ and __qualname__ for nested functions, lambdas, comprehensions.
def top():
    pass

print(top.__name__, top.__qualname__)

def outer():
    def inner():
        def deepest():
            pass
        return deepest
    lam = lambda: 0
    comp = [lambda: i for i in range(2)]
    dcomp = {k: (lambda: k) for k in range(1)}
    return inner, inner(), lam, comp[0], dcomp[0]

for f in outer():
    print(f.__name__, "|", f.__qualname__)

anon = lambda: None
print(anon.__name__, anon.__qualname__)

lams = [lambda: 1 for _ in range(1)]
print(lams[0].__qualname__)

def renamer():
    def original():
        pass
    return original

r = renamer()
print(r.__name__, r.__qualname__)

def factory():
    return lambda: (lambda: 0)

f = factory()
print(f.__qualname__, f().__qualname__)

def with_set_comp():
    s = {(lambda: x) for x in [1]}
    return list(s)[0]

print(with_set_comp().__qualname__)
print(print.__name__, len.__name__)
