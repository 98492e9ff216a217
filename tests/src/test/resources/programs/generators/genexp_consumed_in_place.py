# Generator expressions consumed where they are made: by a for loop, and by list, tuple, sum,
# any and all. What the loop or built-in sees must not depend on how the expression is run.
def squares_of_odds(n):
    out = []
    for x in (i * i for i in range(n) if i % 2):
        if x == 9:
            continue
        if x > 50:
            break
        out.append(x)
    else:
        out.append("else")
    return out


print(squares_of_odds(5), squares_of_odds(20))


def pairs():
    # a break leaves both of the expression's loops; the else clause does not run
    r = []
    for a, b in ((i, j) for i in range(4) for j in range(i) if i != j):
        r.append(a * 10 + b)
        if a == 2 and b == 1:
            break
    else:
        r.append(-1)
    return r


print(pairs())


def late_binding():
    # materialised: every lambda shares the expression's one cell; consumed lazily: each sees
    # the value current when it is called
    eager = list(lambda: i for i in range(3))
    lazy = [g() for g in (lambda: i for i in range(3))]
    return [h() for h in eager], lazy


print(late_binding())


def fresh_cells():
    # each evaluation of the expression has cells of its own
    made = []
    for k in range(2):
        made.append(list(lambda: j + k for j in range(2)))
    shared = made[0][0].__closure__[0] is made[1][0].__closure__[0]
    return [f() for fs in made for f in fs], shared


print(fresh_cells())

print(sum(x for x in range(10)), sum(x * 0.5 for x in range(4)), sum(2 ** 62 for _ in range(4)))
print(sum(x for x in [1, 2.5, 3]), sum(x for x in [True, True]), sum(x for x in []))
print(tuple(x for x in "abc"), list(x for x in []), tuple(x for x in ()))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)), any(x for x in []), all(x for x in []))

seen = []


def noisy(v):
    seen.append(v)
    return v


print(any(noisy(x) for x in [0, 0, 1, 1]), seen)
seen.clear()
print(all(noisy(x) for x in [1, 0, 1]), seen)


def shadowed_locally():
    list = lambda g: "mine:" + ",".join(str(v) for v in g)
    return list(x for x in range(3))


print(shadowed_locally())
sum = lambda g: "shadowed: %s" % type(g).__name__
print(sum(x for x in range(3)))
del sum
print(sum(x for x in range(3)))

k = 10
total = 0
for v in (x * k for x in range(4)):
    total += v
print("module level:", total, [y for y in (x + k for x in range(3))])


def enclosing():
    base = 100

    def inner():
        return sum(base + x for x in range(3)), list(base - x for x in range(2))

    return inner()


print(enclosing())


def in_generator():
    for v in (x * 2 for x in range(3)):
        yield v
    yield sum(x for x in range(4))
    t = yield "send"
    yield list(x for x in range(t))
    yield tuple(x for x in (yield "again"))


g = in_generator()
print(next(g), next(g), next(g), next(g), next(g), g.send(3), next(g), g.send("ab"))


class Namespace:
    vals = [1, 2, 3]
    doubled = list(v * 2 for v in vals)
    for w in (v for v in vals):
        pass


print(Namespace.doubled, Namespace.w)


def tree(n):
    return 1 if n == 0 else sum(tree(n - 1) for _ in range(2))


print(tree(6))
print(sum(x for x in (y * 2 for y in range(5)) if x % 4 == 0))
print(list(x + y for x in range(3) if x for y in range(x) if y != 1))


def rebinding_the_target():
    # the expression's variable is its own: the function's x is not touched
    x = "mine"
    r = list(x for x in range(2))
    return x, r


print(rebinding_the_target())


def returns_from_inside():
    for v in (x for x in range(10) if x > 2):
        return v


print(returns_from_inside())

# a generator expression over a generator expression: both run inlined, in CPython's order
print(sum(v for v in (w * 3 for w in range(10)) if v % 2 == 0))
print(list(a + b for a in (x * 10 for x in range(3) if x) for b in range(2)))
print(any(v > 4 for v in (w * 2 for w in range(10))), all(v < 4 for v in (w * 2 for w in (u for u in range(10)))))
collected = []
for v in (a for a in (b * 2 for b in range(10)) if a % 3):
    if v > 12:
        break
    if v == 4:
        continue
    collected.append(v)
else:
    collected.append("else")
print(collected)
log = []


def source(tag, n):
    for i in range(n):
        log.append(tag + str(i))
        yield i
    log.append(tag + " done")


print(list((log.append("x%d" % x), x)[1] for x in (y for y in source("s", 3))), log)


def shadowed_over_nested():
    tuple = lambda g: [type(g).__name__] + [v for v in g]
    return tuple(x for x in (y * 2 for y in range(3)))


print(shadowed_over_nested())


# min and max keep the first of equal values and compare (value, best) as the built-ins do
class Key:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag

    def __lt__(self, other):
        print("  %s < %s" % (self.tag, other.tag))
        return self.k < other.k

    def __gt__(self, other):
        print("  %s > %s" % (self.tag, other.tag))
        return self.k > other.k


keys = [Key(2, "a"), Key(1, "b"), Key(1, "c"), Key(3, "d"), Key(3, "e")]
print(min(k for k in keys).tag, max(k for k in keys).tag)
print(min(x % 7 for x in range(3, 20)), max(x * (20 - x) for x in range(20)), max(x for x in [1.5, 2, -1]))
print(min(v for v in (w - 3 for w in range(5))), max(s for s in (t for t in "hello")))

# set and sorted: the built-ins' results, sorted stable and by the values' own order
print(sorted(set(x % 5 for x in range(20))), sorted(x % 7 for x in range(10)), sorted(s for s in "banana"))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(p for p in pairs), sorted(x for x in []), set(x for x in []))


def shadowed_sorted():
    sorted = lambda g: "mine:" + type(g).__name__
    return sorted(x for x in range(3)), set(x * 2 for x in (y for y in range(3)))


print(shadowed_sorted())


# str.join of a generator expression: the separator's method, taken before the expression is made
def letters():
    print("letters made")
    return iter("ab")


print(",".join(x for x in letters()), "-".join(a + b for a in "xy" for b in (c.upper() for c in "pq")))


class Joiner:
    def join(self, g):
        return "Joiner:" + "/".join(g)


print(Joiner().join(x for x in "abc"), "".join(str(i * i) for i in range(5) if i % 2))
