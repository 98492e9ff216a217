class Shape:
    instances = []

    def __init__(self, name):
        self.name = name
        self.__class__.instances.append(name)
        type(self).last = name

    def clone(self):
        return type(self)(self.name + "'")

    def cls_name(self):
        return __class__.__name__, type(self).__name__

    def make_lambda(self):
        return lambda: super(Shape, self).__repr__().split(' at ')[0]


class Square(Shape):
    instances = []

    def area_label(self):
        return [super().cls_name() for _ in range(1)]

    def gen(self):
        yield super().cls_name()
        yield __class__


s = Square('sq')
c = s.clone()
print(c.name, type(c).__name__, Square.instances, Shape.instances, Square.last, hasattr(Shape, 'last'))
print(s.cls_name(), Shape('x').cls_name(), s.make_lambda()())
try:
    s.area_label()
except TypeError as e:
    print('TypeError:', e)
print(list(s.gen()))


class Shared:
    tags = []

    def add(self, t):
        self.tags.append(t)


a, b = Shared(), Shared()
a.add(1)
b.add(2)
print(a.tags, b.tags, a.tags is Shared.tags)
Shared.limit = 10
print(a.limit)
del Shared.limit
print(hasattr(b, 'limit'))


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if not isinstance(other, Eq):
            return NotImplemented
        return self.v == other.v

    def __gt__(self, other):
        return self.v > other.v


print(Eq(1) == Eq(1), Eq(1) != Eq(2), Eq(1) == 1, 1 == Eq(1), Eq(1) != 'x')
print(Eq(1) < Eq(2), Eq(3) < Eq(2))
print(Eq(2) in [Eq(1), Eq(2)], [Eq(1), Eq(2)].index(Eq(2)), [Eq(1), Eq(1)].count(Eq(1)))
try:
    {Eq(1)}
except TypeError as e:
    print('TypeError:', e)
print(Eq.__hash__)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

    def __len__(self):
        return len(self.items)


acc = Acc()
acc += 1
acc += 2
print(acc.items, len(acc), bool(acc), type(acc).__name__)


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        return self.cells.get(key, '.')

    def __setitem__(self, key, value):
        self.cells[key] = value


g = Grid()
g[0, 1] = 'x'
g[2, 2] = 'o'
print(''.join(g[r, c] for r in range(3) for c in range(3)))


class M:
    def m(self):
        return 'm'


obj = M()
print(repr(obj.m).startswith('<bound method M.m of <__main__.M object at 0x'))
print(M.__dict__['m'] is M.m, type(M.m).__name__, type(obj.m).__name__, obj.m == obj.m)
print(M.m.__qualname__, obj.m.__name__)
M.m2 = lambda self: 'm2 on ' + type(self).__name__
print(obj.m2())
obj.m = lambda: 'instance override'
print(obj.m(), M().m())
print(isinstance(M, type), isinstance(obj, (M, int)), issubclass(M, (int, object)))
print(type(M) is type, M.__class__, obj.__class__ is M)
print(callable(M), callable(obj), id(obj) == id(obj), obj is not M())
