x = 'global x'
order = []


class Body:
    """Docstring here."""
    order.append('body start')
    x = 'class x'
    y = x.upper()
    squares = [i * i for i in range(4)]
    try:
        bad = [x for _ in range(1)]
    except NameError as e:
        bad = 'NameError'
    names = list(n for n in ('a', 'b'))
    for i in range(3):
        order.append(i)
    del i
    if len(squares) > 2:
        big = True
    else:
        small = True
    temp = 1
    del temp
    order.append('body end')

    def method(self):
        return x


print(order)
print(Body.x, Body.y, Body.squares, Body.bad, Body.names, Body.big)
print(Body().method(), Body.__doc__)
print(hasattr(Body, 'i'), hasattr(Body, 'temp'), hasattr(Body, 'small'))
print([k for k in Body.__dict__ if not k.startswith('_')])


def f():
    v = 'f-local'
    w = 'f-w'

    class C:
        a = v
        w = 'class-w'
        b = w
        g = [v for _ in range(2)]

        def m(self):
            return v, w
    return C


C = f()
print(C.a, C.b, C.g, C().m())


class Glob:
    global made_by_class
    made_by_class = 'set in class body'
    z = made_by_class + '!'


print(made_by_class, Glob.z, hasattr(Glob, 'made_by_class'))


def g():
    counter = 0

    class K:
        nonlocal counter
        counter = 10
        seen = counter

    return counter, K.seen, hasattr(K, 'counter')


print(g())


class Shadow:
    len = 5
    size = len
    items = [len for _ in 'ab']


print(Shadow.size, Shadow.items)

try:
    class Broken:
        a = 1
        del b
except NameError as e:
    print('NameError:', e)

try:
    class Broken2:
        value = undefined_name
except NameError as e:
    print('NameError:', e)


class Ordered:
    def first(self):
        return 1
    def second(self):
        return 2
    def first(self):
        return 'redefined'


print(Ordered().first(), [k for k in Ordered.__dict__ if not k.startswith('_')])


class WithLambda:
    k = 3
    mult = lambda self, n, k=k: n * k


print(WithLambda().mult(4))
