# Programs CPython accepts although they look wrong, with the scopes it gives them.
class Method:
    def m(self):
        nonlocal __class__
        return __class__


def yield_in_outer_iterable():
    return (x for x in (yield))


def class_nonlocal():
    x = 1

    class C:
        nonlocal x
        x = 2

    return C


def nonlocal_bound_later():
    def g():
        nonlocal x
    x = 1
    return g


def walrus_global_target():
    global v
    return [v := 1 for _ in range(2)]


def walrus_then_loop():
    return [j for i in range(3) if (j := i) for k in range(j)]


def import_then_global():
    import x
    global x


def param_nonlocal():
    def f(x):
        def g():
            nonlocal x
            x = 2
        return g
    return f


def class_global_private():
    class C:
        global __x
        __x = 1
    return C


def lambda_generator():
    (lambda: (yield))
    [x for x in (yield)]


def walrus_in_condition_comp(r):
    return [x for x in range(3) if [(q := 1) for _ in r]], q
