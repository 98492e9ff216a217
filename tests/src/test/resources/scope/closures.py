# Cells, free variables and the variables passed through intermediate functions.
def make_counter(start, step=1):
    count = start

    def bump():
        nonlocal count
        count += step
        return count

    def peek():
        return count

    return bump, peek


def outer(a, *rest, **opts):
    def middle():
        def inner():
            return a, rest, opts
        return inner
    return middle


def late_binding():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return fns


def shadowing(x):
    def f(x):
        return x
    def g():
        return x
    return f, g


def param_cell_only(p, q):
    return lambda: p


def deleted_cell():
    v = 1
    def r():
        return v
    del v
    return r


def nonlocal_chain():
    level = 0
    def one():
        def two():
            nonlocal level
            level = 2
        two()
    one()
    return level


def free_read_before_assignment():
    def show():
        return later
    later = 5
    return show


counter = make_counter(10)
print(counter[0](), counter[1]())
