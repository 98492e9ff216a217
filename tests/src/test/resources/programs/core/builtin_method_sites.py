# Method calls on list, dict, str and tuple receivers: one call site sees many receivers,
# of one builtin type, of several, and of user classes with methods of the same names.
class Bag:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x * 10)

    def get(self, k, default=None):
        return ("bag", k, default)


def fill(target, values):
    for v in values:
        target.append(v)
    return target


def lookup(source, keys):
    return [source.get(k, 0) for k in keys]


# one site, lists only, then a user object with an append of its own, then a list again
print(fill([], range(5)))
print(fill([9], "ab"))
b = fill(Bag(), [1, 2])
print(b.items)
print(fill([], (7, 8)))

# dicts, then a user object, then a dict whose values change between calls
d = {"x": 1}
print(lookup(d, ["x", "y"]))
d["y"] = 2
print(lookup(d, ["x", "y"]))
print(lookup(Bag(), ["x"]))
print(lookup({}, ["z"]))


# str and tuple methods through one site, with strings and tuples alternating
def counts(seq, item):
    return seq.count(item)


for s in ["banana", (1, 2, 1, 1), "aaa", ("a", "b"), "", ()]:
    print(repr(s), counts(s, "a" if isinstance(s, str) else 1), counts(s, "a"))


# many calls: the site keeps working once compiled
total = 0
acc = []
for i in range(3000):
    acc.append(i % 7)
    total += {"k": i}.get("k", -1) + "xyz".find("z")
print(len(acc), sum(acc), total)

# errors keep CPython's messages
try:
    [].append()
except TypeError as e:
    print("TypeError:", e)
try:
    [].append(1, x=2)
except TypeError as e:
    print("TypeError:", e)
try:
    {}.get()
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".nosuch()
except AttributeError as e:
    print("AttributeError:", e)


# sets and frozensets share a class: one site must give each its own method
def join(a, b):
    return a.union(b)


for s in [{1, 2}, frozenset([3]), {4}, frozenset(), set()]:
    r = join(s, [9])
    print(type(r).__name__, sorted(r))
seen = set()
for i in range(2000):
    seen.add(i % 37)
print(len(seen))
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print("AttributeError:", e)
