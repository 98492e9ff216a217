# Accumulators: nonlocal with rebinding vs mutation without nonlocal.
def averager():
    total = 0
    count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add

avg = averager()
for v in [10, 20, 30, 45]:
    print("avg", avg(v))

def collector():
    items = []
    def add(x):
        items.append(x)   # mutation, no nonlocal needed
        return len(items)
    def get():
        return list(items)
    return add, get

add, get = collector()
print(add("x"), add("y"), add("z"))
print(get())

def running_strings():
    s = ""
    def push(part):
        nonlocal s
        s = s + part if s == "" else s + "-" + part
        return s
    return push

p = running_strings()
print(p("a"))
print(p("b"))
print(p("c"))

def make_stats():
    lo = None
    hi = None
    def feed(x):
        nonlocal lo, hi
        if lo is None or x < lo:
            lo = x
        if hi is None or x > hi:
            hi = x
        return (lo, hi)
    return feed

feed = make_stats()
for x in [5, 3, 9, -2, 7]:
    print(x, feed(x))
