# One indexing site sees tuples and lists, from the front and from the end, then other kinds
# of containers and keys, and indexes out of range.
def at(seq, i):
    return seq[i]


t = (10, 20, 30)
l = [1, 2, 3, 4]
for i in [0, 2, -1, -3]:
    print(at(t, i), at(l, i))
print(at(l, -4), at("abc", -1), at({"k": 5}, "k"), at(t, True), at(l, False))
print(at(t, 2 ** 3 - 6), at(range(5), -2))
for bad in [(t, 3), (t, -4), (l, 4), (l, -5), ((), 0), ([], -1), (t, 2 ** 70), (t, "x"), (l, 1.0)]:
    try:
        at(*bad)
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)

total = 0
env = (3, -4, 7)
for n in range(3000):
    total += env[n % 3] + env[-1 - n % 3] + l[n % 4] + l[-1]
print(total)
