class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print('TypeError:', e)
try:
    NoInit(a=1)
except TypeError as e:
    print('TypeError:', e)


class ReturnsValue:
    def __init__(self):
        return 5


try:
    ReturnsValue()
except TypeError as e:
    print('TypeError:', e)


class Point:
    def __init__(self, x, y=0, *, label=None):
        self.x, self.y, self.label = x, y, label

    def move(self, dx, dy):
        self.x += dx
        self.y += dy


for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {'z': 2}), ((1,), {'x': 2}), ((1,), {'label': 'p'})]:
    try:
        p = Point(*args, **kwargs)
        print('ok', p.x, p.y, p.label)
    except TypeError as e:
        print('TypeError:', e)

p = Point(1)
try:
    p.move(1)
except TypeError as e:
    print('TypeError:', e)
try:
    Point.move(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    p.missing
except AttributeError as e:
    print('AttributeError:', e)
try:
    Point.missing
except AttributeError as e:
    print('AttributeError:', e)
try:
    del p.nothing
except AttributeError as e:
    print('AttributeError:', e)
try:
    p.move = 1
    p.move(1, 1)
except TypeError as e:
    print('TypeError:', e)


class Slots:
    def method(self):
        return self


try:
    Slots.method()
except TypeError as e:
    print('TypeError:', e)
print(Slots.method(3))

try:
    class Bad(3):
        pass
except TypeError as e:
    print('TypeError raised')

try:
    class Bad2(bool):
        pass
except TypeError as e:
    print('TypeError:', e)

try:
    class Kw(x=1):
        pass
except TypeError as e:
    print('TypeError:', e)


def no_class_super():
    return super()


try:
    no_class_super()
except RuntimeError as e:
    print('RuntimeError:', e)


def one_arg(a):
    return super()


try:
    one_arg(1)
except RuntimeError as e:
    print('RuntimeError:', e)


class Mis:
    @staticmethod
    def s():
        return super()

    def with_other(self):
        def inner():
            return super()
        return inner()


try:
    Mis.s()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    Mis().with_other()
except RuntimeError as e:
    print('RuntimeError:', e)

p.colour = 'red'
print(p.color)
