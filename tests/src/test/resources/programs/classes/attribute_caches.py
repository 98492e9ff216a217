# Attribute access on instances is cached per call site and class; every way the answer can
# change must still be seen: class attributes rebound or deleted, bases changed, instance
# attributes shadowing methods, properties, __getattr__/__setattr__ hooks, deletion and order.

class Base:
    kind = "base"

    def describe(self):
        return "Base.describe " + self.kind


class Point(Base):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def read_all(objs):
    return [(o.x, o.y, o.kind, o.norm1(), o.describe()) for o in objs]


pts = [Point(i, -i) for i in range(3)]
print(read_all(pts))
Point.kind = "point"                      # class attribute added on the subclass
print(read_all(pts))
Base.describe = lambda self: "patched " + self.kind   # base method replaced
print(read_all(pts))
del Point.kind                            # back to the base's
print(read_all(pts))
pts[1].norm1 = lambda: "instance attribute shadows the method"
print(read_all(pts))
del pts[1].norm1
print(read_all(pts))

# a class attribute rebound in a loop (the site stops caching, answers stay right)
class Counter:
    total = 0

    def bump(self):
        Counter.total += 1
        return self.total


c = Counter()
print([c.bump() for _ in range(20)][-3:], Counter.total)


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def f(self):
        return self._c * 9 / 5 + 32

    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9


t = Temp()
for v in (32, 212, 98.6):
    t.f = v
    print(round(t._c, 2), round(t.f, 2))


class Lazy:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return "computed " + name


class Logged:
    def __init__(self):
        self.log = []

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        object.__setattr__(self, name, value)


lz = Lazy()
lg = Logged()
for i in range(3):
    lg.a = i
    print(lz.real, lz.missing, lg.a, lg.log)


class Ordered:
    pass


o = Ordered()
o.b = 1
o.a = 2
o.c = 3
del o.a
o.a = 4
print(o.__dict__, vars(o) == o.__dict__)
try:
    o.nope
except AttributeError as e:
    print("AttributeError:", e)


class Tools:
    factor = 3

    @staticmethod
    def twice(x):
        return 2 * x

    @classmethod
    def make(cls):
        return cls.__name__ + str(cls.factor)


tl = Tools()
print([tl.twice(i) + len(tl.make()) for i in range(3)], tl.make())


class NoInit:
    pass


class BadInit:
    def __init__(self):
        return 5


print(type(NoInit()).__name__)
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
for _ in range(2):
    try:
        BadInit()
    except TypeError as e:
        print("TypeError:", e)
