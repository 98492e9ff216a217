# Comparisons, chained comparisons, is, in.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True)
print(1 < 2 > 0, 5 >= 5 <= 6, 1 != 2 != 1)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(0) < v(5))
print(calls)
calls.clear()
print(v(1) < v(2) < v(3) < v(4))
print(calls)
print("abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), (2,) > (1, 99))
print([1, 2] == [1, 2], (1, 2) == [1, 2], {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(1 == "1", None == 0, [] == [])
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
one = 1
print(None is None, (one is None) == False)
print(2 in [1, 2, 3], 4 not in [1, 2, 3], "ell" in "hello", "" in "abc")
print(1 in {1: "a"}, "a" in {1: "a"}, 3 in (1, 2), 3 in range(5), 10 in range(0, 20, 3))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1})
print(float("nan") < 1, 1e308 * 10 > 10 ** 400)
print(2 ** 64 > 1.5, 10 ** 20 == 1e20, -0.0 == 0)
x = 5
print(0 < x < 10 and x % 2 == 1)
try:
    print(1 < "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None > None)
except TypeError as e:
    print(type(e).__name__, e)
print(max("apple", "banana"), min([3, 1], [2, 9]))
