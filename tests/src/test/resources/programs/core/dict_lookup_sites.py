# `in` and `[]` sites that see dicts, then other containers, and the errors a dict lookup raises.
def has(c, k):
    return k in c, k not in c


def get(c, k):
    return c[k]


d = {1: "one", (2, 3): "pair", "s": None, 2.0: "float two"}
for k in [1, (2, 3), "s", 2, 1.0, True, "missing"]:
    print(repr(k), has(d, k))
print(has([1, 2], 2), has("abc", "b"), has((1,), 5), has({1, 2}, 1), has(range(3), 2))
print(get(d, 1), get(d, (2, 3)), get(d, "s"), get(d, 2), get([5, 6], 0), get("xy", 1))
for c, k in [(d, "missing"), (d, (9, 9)), (d, [1]), ({}, {}), ([1], 3)]:
    try:
        get(c, k)
    except (KeyError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
for c, k in [(d, [1]), (d, {}), (1, 1)]:
    try:
        has(c, k)
    except TypeError as e:
        print("TypeError:", e)

memo = {}
total = 0
for i in range(4000):
    k = i % 97
    if k in memo:
        total += memo[k]
    else:
        memo[k] = k * 3
print(total, len(memo))


# stores through one site into dicts, a list and a user mapping, and an unhashable key
class Box:
    def __init__(self):
        self.seen = []

    def __setitem__(self, k, v):
        self.seen.append((k, v))


def put(c, k, v):
    c[k] = v
    return c


print(put({}, "a", 1), put({"a": 0}, "a", 2), put([0, 0], 1, 5), put(Box(), "k", 3).seen)
try:
    put({}, [1], 2)
except TypeError as e:
    print("TypeError:", e)
