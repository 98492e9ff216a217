# List methods.
L = [3, 1, 4]
L.append(1)
print(L)
L.extend([5, 9])
L.extend("ab")
print(L)
L.insert(0, "first")
L.insert(100, "last")
L.insert(-1, "before last")
print(L)
print(L.pop(), L.pop(0), L.pop(-2))
print(L)
L.remove("a")
print(L, L.index(1), L.index(1, 2), L.count(1), L.count(7))
nums = [5, -2, 9, 0, -7, 3]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.sort(key=abs)
print(nums)
words = ["pear", "Fig", "apple", "kiwi", "Banana"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
words.sort(key=len, reverse=True)
print(words)
words.reverse()
print(words)
c = words.copy()
c.append("extra")
print(len(words), len(c), c is words)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print([1, 2] * 3, [0] * 0, [[]] * 2)
e = []
print(e.sort(), e.reverse(), e)
c.clear()
print(c)
try:
    [1, 2].remove(3)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    [].pop()
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    [1].index(2)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    [3, "a"].sort()
except TypeError as ex:
    print(type(ex).__name__, ex)
stable = [("b", 1), ("a", 1), ("c", 0), ("d", 1)]
stable.sort(key=lambda p: p[1])
print(stable)
x = [1, 2]
x += [3]
x *= 2
print(x, list("hi"), list(range(3)), list((1, 2)))
