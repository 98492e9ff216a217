# Slice assignment and deletion.
L = list(range(8))
L[2:4] = ["a", "b", "c"]
print(L)
L[:1] = []
print(L)
L[len(L):] = [98, 99]
print(L)
L[1:1] = ["ins"]
print(L)
L[::2] = [0] * len(L[::2])
print(L)
del L[::3]
print(L)
del L[1:3]
print(L)
del L[-1]
print(L)
del L[:]
print(L, len(L))
M = [1, 2, 3, 4, 5, 6]
M[1::2] = "xyz"
print(M)
M[::-1] = range(6)
print(M)
try:
    M[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
N = [1, 2, 3]
N[0:2] = N
print(N)
N[:] = (7, 8)
print(N)
try:
    (1, 2)[0:1] = [3]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
x = 5
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
P = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
del P[-2:2:-2]
print(P)
