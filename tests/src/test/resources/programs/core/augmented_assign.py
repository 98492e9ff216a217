# Augmented assignment on names, items, and mutable vs immutable objects.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 50; print(x)
x /= 4; print(x)
x = 6
x <<= 2; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 0b1101; print(x)
x ^= 0b1111; print(x)
s = "ab"
s += "cd"
s *= 2
print(s)
L = [1]
alias = L
L += [2, 3]
print(L, alias, L is alias)
T = (1,)
talias = T
T += (2,)
print(T, talias, T is talias)
d = {"n": 1}
d["n"] += 10
d["m"] = d.get("m", 0) + 1
print(d)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
print(grid)
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [100]
arr[idx()] += 1
print(arr, calls)
big = 2 ** 62
big += big
print(big, type(big).__name__)
f = 1.5
f += 1
print(f)
try:
    n = None
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
