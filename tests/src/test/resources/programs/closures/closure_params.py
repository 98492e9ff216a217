# Closures over parameters, *args and **kwargs.
def scale(factor):
    def apply(x):
        return x * factor
    return apply

double = scale(2)
triple = scale(3)
print(double(5), triple(5), double("ab"))

def bind_args(*args):
    def show(extra=None):
        if extra is None:
            return args
        return args + (extra,)
    return show

s = bind_args(1, 2, 3)
print(s(), s(4))
print(bind_args()())

def bind_kwargs(**kwargs):
    def lookup(key):
        return kwargs.get(key, "missing")
    def keys():
        return list(kwargs)
    return lookup, keys

lk, ks = bind_kwargs(a=1, b=2, c=3)
print(lk("a"), lk("c"), lk("z"), ks())

def both(first, *rest, sep=", ", **opts):
    def render():
        parts = [str(first)] + [str(r) for r in rest]
        text = sep.join(parts)
        if opts.get("upper"):
            text = text.upper()
        return text
    return render

print(both("x", "y", "z")())
print(both("x", "y", sep="|", upper=True)())
print(both(1)())

def param_rebind(n):
    def get():
        return n
    n = n + 1
    return get

print(param_rebind(10)())
print(sorted(both.__code__.co_cellvars))
print(bind_args.__code__.co_cellvars, bind_kwargs.__code__.co_cellvars)
