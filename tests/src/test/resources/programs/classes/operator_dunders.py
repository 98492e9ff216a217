class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 2 * a, -a, abs(b))
print(a + 1, 1 + a, sum([a, b], Vec(0, 0)), sum([a, b]))
print(a == Vec(1, 2), a != Vec(1, 2), a == b, a == 'x')
print(bool(Vec(0, 0)), bool(a), 'yes' if Vec(0, 1) else 'no', not Vec(0, 0))
print(len({a, Vec(1, 2), b}), {a: 'first'}[Vec(1, 2)])
try:
    a + 'str'
except TypeError as e:
    print('TypeError:', e)
c = a
c += b
print(c, a, c is a)


class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))


vs = [Version('1.10'), Version('1.2'), Version('0.9.9'), Version('1.2.1')]
print(sorted(vs), min(vs), max(vs))
print(Version('1.0') < Version('1.1'), Version('2.0') > Version('1.1'), Version('1.0') >= Version('1.0'))
print(Version('1.0') <= Version('0.1'), Version('3') == Version('3'))
try:
    Version('1') < 3
except AttributeError as e:
    print('AttributeError:', e)


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __contains__(self, x):
        return x in self.items


bag = Bag(5, 6, 7, 8)
print(len(bag), bag[0], bag[-1], bag[1:3], 6 in bag, 9 in bag, 9 not in bag)
bag[0] = 50
del bag[1]
print(bag.items, bool(bag), bool(Bag()))
print(list(bag), [x * 2 for x in bag])  # iteration through __getitem__
try:
    bag[10]
except IndexError as e:
    print('IndexError:', e)


class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q, hash(p) == hash(p), len({p, q, p}))
try:
    p < q
except TypeError as e:
    print('TypeError:', e)
try:
    p + q
except TypeError as e:
    print('TypeError:', e)
try:
    len(p)
except TypeError as e:
    print('TypeError:', e)


class Unhashable:
    def __eq__(self, other):
        return True


try:
    hash(Unhashable())
except TypeError as e:
    print('TypeError:', e)
