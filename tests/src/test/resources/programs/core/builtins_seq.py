# len/range/sum/min/max/sorted/reversed/enumerate/zip/map/filter/any/all.
print(len([1, 2]), len("abc"), len({}), len(range(3, 10, 2)), len((1,)), len({1, 2}))
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), range(1, 5))
print(sum([1, 2, 3]), sum([], 10), sum([0.5, 0.25]), sum(range(101)))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len))
print(min([], default="empty"), max([], default=None), max([7], default=0))
print(max([1, 3, 3, 2], key=lambda v: v % 3), min((5, "x"), (5, "a")))
print(sorted([3, 1, 2]), sorted("cab"), sorted([3, 1, 2], reverse=True))
print(sorted(["Bb", "aa", "C"], key=str.lower), sorted({3: 0, 1: 0}))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))))
print(list(enumerate("ab")), list(enumerate(["x", "y"], start=10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2], [3, 4, 5])))
print(list(filter(None, [0, 1, "", "a", None, []])), list(filter(lambda v: v > 1, [1, 2, 3])))
print(any([0, "", None]), any([0, 1]), any([]), all([1, "x"]), all([1, 0]), all([]))
print(dict(enumerate("xyz")), tuple(map(str, range(3))))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
m = map(lambda v: v * 10, [1, 2])
print(list(m), list(m))
z = zip("ab", range(10))
print(next(z), list(z))
r = reversed([1, 2])
print(type(r).__name__ != "list", list(r))
try:
    min([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
