# xs.append(v) at one site (done in place by the site once it has seen a list): its result,
# appends seen by a loop over the same list, other receivers at the same site, and errors.

class Log:
    def __init__(self):
        self.items = []

    def append(self, v):
        self.items.append(("logged", v))


def add(target, v):
    return target.append(v)


xs = []
results = set()
for i in range(200):
    results.add(add(xs, i))
print(len(xs), xs[:3], xs[-1], results)

log = Log()
add(log, "x")
print(log.items)
for target in ((1, 2), "str", 5):
    try:
        add(target, 1)
    except AttributeError as e:
        print("AttributeError:", e)

grow = [1]
for v in grow:
    if v < 5:
        grow.append(v + 1)
print(grow)

nested = []
for i in range(3):
    nested.append(nested[:])
print(nested)
try:
    xs.append()
except TypeError as e:
    print("TypeError:", e)
try:
    xs.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
