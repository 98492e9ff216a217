# Built-ins that compiled loops run without calling the built-in itself: abs, len, isinstance,
# two-argument min and max, and for loops over enumerate, zip, map and filter; every shape they
# do not handle still behaves as the built-in does.
import sys


class Neg:
    def __abs__(self):
        return "abs called"

    def __len__(self):
        return 7


class Base:
    pass


class Derived(Base):
    pass


total = 0
for i in range(-50, 50):
    total += abs(i) + abs(i * 0.5) + len([i]) + len((i, i)) + len({i: i})
    total += max(i, 3) - min(i, -3) + max(i * 1.0, 2)
    if isinstance(i, int) and not isinstance(i, str):
        total += 1
print("loop", total)

print(abs(-sys.maxsize - 1), abs(True), abs(-2.5), abs(Neg()), abs(-(2 ** 70)))
print(len("héllo\U0001F600"), len(Neg()), len(range(10)), len({1, 2}))
values = [1, True, 2.0, "s", None, Derived(), Base(), [1]]
for v in values:
    print(type(v).__name__, isinstance(v, int), isinstance(v, Base), isinstance(v, (str, float)), isinstance(v, object))
print(max(1, 2.5), min("b", "a"), max(True, 0), max(2, 2.0), min(2.0, 2), max(1, 2, 3), min([4, 5]))
print(max(3, 1, key=lambda v: -v), min([], default="none"))
for call in (lambda: max(1, "a"), lambda: abs("x"), lambda: len(5), lambda: isinstance(1, 2), lambda: min()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

pairs = []
for i, x in enumerate("abc"):
    pairs.append((i, x))
for i, x in enumerate([10, 20], 5):
    pairs.append((i, x))
for i, x in enumerate((v * v for v in range(3)), sys.maxsize - 1):
    pairs.append((i, x))
print(pairs)

e = enumerate([1, 2])
for p in e:
    pass
print(list(e), next(e, "done"))

z = []
for a, b in zip(range(5), "xyz"):
    z.append(a * 2 + len(b))
for a, b, c in zip([1, 2], [3, 4], [5, 6]):
    z.append(a + b + c)
for t in zip([1, 2]):
    z.append(t)
print(z)
try:
    for a, b in zip([1, 2, 3], [1, 2], strict=True):
        pass
except ValueError as err:
    print("ValueError:", err)
try:
    for a, b in zip([1], [1, 2], strict=True):
        pass
except ValueError as err:
    print("ValueError:", err)

k = 3
m = []
for y in map(lambda v: v * k, range(4)):
    m.append(y)
for y in map(pow, [2, 3], [3, 2]):
    m.append(y)
for y in filter(lambda v: v % k, range(8)):
    m.append(-y)
for y in filter(None, [0, 1, "", "a", None, [], [0]]):
    m.append(y)
print(m, sum(map(abs, [-1, -2])), list(filter(str.isdigit, "a1b2")), tuple(map(lambda v: v + k, (1, 2))))
print(sum(filter(lambda v: v > 2, [1, 5, 3])), list(map(lambda v: v, [])), sum(map(float, [1, 2]), 0.5))


def fails(v):
    return 10 // v


try:
    for y in map(fails, [5, 0]):
        print("got", y)
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)
