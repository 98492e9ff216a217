# Sets of small ints.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.issubset(b), {3, 4}.issubset(a), a.issuperset({1}), a.isdisjoint({9, 10}))
s = set()
print(s, len(s), bool(s))
s.add(5)
s.add(1)
s.add(5)
print(s, len(s))
s.update([7, 8], {9})
print(s)
s.discard(100)
s.discard(7)
s.remove(8)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
print(set([3, 1, 3, 2, 1]), set(range(5)), {x % 4 for x in range(20)})
print(sorted({10, 3, 7}), 3 in a, 9 in a, len(a | b))
c = a.copy()
c |= {100}
c &= {1, 2, 100}
c -= {2}
print(c, a)
p = s.pop()
print(p, s)
print({1, 2} == {2, 1}, {1} != {1, 2}, set() == set())
print(set("aaa"), sorted(set("hello")))
print(sum({1, 2, 3}), max({4, 9, 2}), min({4, 9, 2}))
print(list({0, 1, 2, 3}), {-1, -2} <= {-2, -1, 0})
