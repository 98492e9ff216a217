# __code__ attributes.
def simple(a, b, c=3):
    d = a + b
    return d * c

co = simple.__code__
print(co.co_name, co.co_argcount, co.co_varnames)
print(co.co_cellvars, co.co_freevars, co.co_firstlineno)

def outer(p, q):
    r = 1
    unused = 2
    def inner(s):
        t = s + p + r
        return t
    return inner

print(outer.__code__.co_varnames)
print(outer.__code__.co_cellvars)
print(outer.__code__.co_freevars)
print(outer.__code__.co_argcount)
i = outer(1, 2)
print(i.__code__.co_name, i.__code__.co_varnames)
print(i.__code__.co_freevars, i.__code__.co_cellvars)
print(i.__code__.co_argcount, i.__code__.co_firstlineno)

def varargs(a, *args, k=1, **kw):
    x = 1
    return a

print(varargs.__code__.co_argcount, varargs.__code__.co_varnames)

def kwonly(a, b, *, c, d=4):
    pass

print(kwonly.__code__.co_argcount, kwonly.__code__.co_varnames)

lam = lambda x, y=2: x + y
print(lam.__code__.co_name, lam.__code__.co_argcount, lam.__code__.co_varnames)

def cell_order():
    zeta = 1
    alpha = 2
    mid = 3
    def use():
        return zeta + alpha + mid
    return use

print(cell_order.__code__.co_cellvars)
print(cell_order().__code__.co_freevars)

def param_is_cell(x, y):
    def g():
        return y
    return g

print(param_is_cell.__code__.co_varnames, param_is_cell.__code__.co_cellvars)

def deco(fn):
    return fn

@deco
def decorated():
    pass

print(decorated.__code__.co_firstlineno)
