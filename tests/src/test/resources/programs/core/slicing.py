# Slicing of lists, strings, tuples, ranges.
L = list(range(10))
print(L[2:5], L[:3], L[7:], L[:], L[-3:], L[:-3], L[-5:-2])
print(L[::2], L[1::3], L[::-1], L[::-2], L[8:2:-2], L[2:8:-1])
print(L[100:], L[-100:2], L[5:100], L[3:3], L[-1:-11:-1])
print(L[-1], L[-10], L[0])
s = "abcdefgh"
print(s[1:4], s[::-1], s[::3], s[-2:], s[:-6], s[5:1:-1], s[10:])
t = (0, 1, 2, 3, 4)
print(t[1:3], t[::-1], t[:0], t[-2:], type(t[1:2]).__name__)
r = range(0, 20, 2)
print(r[2:5], list(r[2:5]), r[::-1], list(r[::-1]), r[-1], len(r[1:]))
print(s[slice(1, 5, 2)], L[slice(None, None, -3)], slice(1, 5, 2))
sl = slice(2, None)
print(L[sl], sl.start, sl.stop, sl.step)
print("hello"[1:-1][::-1])
nested = [[1, 2, 3], [4, 5, 6]]
print(nested[1][::-1], nested[::-1][0][1:])
copy = L[:]
copy[0] = "changed"
print(L[0], copy[0], copy is L)
print(L[2:8:3], L[-1:0:-4], s[::-1][::2])
try:
    print(L[10])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(s[8])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(t[-6])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(L[::0])
except ValueError as e:
    print(type(e).__name__, e)
