# Tuple unpacking, starred targets, nested unpacking.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, t = "abcdef"
print(h, mid, t)
p, *q, r = [1, 2]
print(p, q, r)
(m, n), o = (10, 20), 30
print(m, n, o)
[i, (j, k)], l = [1, (2, 3)], 4
print(i, j, k, l)
for idx, (key, val) in enumerate({"a": 1, "b": 2}.items()):
    print(idx, key, val)
for u, *vs in [(1, 2, 3), (4,), (5, 6)]:
    print(u, vs)
d = {}
d["k"], d["j"] = "K", "J"
print(d)
lst = [0, 0, 0]
lst[0], lst[2] = 7, 9
print(lst)
e = f = g = "same"
print(e, f, g)
a, b, *c = 1, 2
print(a, b, c)
print(*[1, 2], *"ab", sep="|")
print([*range(3), *"xy"], (*[1], 2), {**{"a": 1}, "b": 2, **{"a": 3}})
try:
    a, b = [1, 2, 3]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    a, b, c = [1, 2]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    a, *b, c = [1]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    a, b = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
