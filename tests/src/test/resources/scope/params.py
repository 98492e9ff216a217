# Parameters: kinds, defaults evaluated outside, annotations, varnames order.
def f(a, b, /, c, d=1, *args, e, f=2, **kw):
    return a, b, c, d, args, e, f, kw


def only_star(*, key):
    return key


def defaults_outside(x=len("ab"), y=lambda: z):
    return x, y


z = 3


def annotated(p: int, q: "str" = "s") -> None:
    local: int = 5
    bare: float
    return p, q, local


lam = lambda a, *b, c=1, **d: (a, b, c, d)


def default_lambda_closure(n):
    def inner(m=lambda: n):
        return m()
    return inner


def posonly_only(a, b, /):
    return a + b
