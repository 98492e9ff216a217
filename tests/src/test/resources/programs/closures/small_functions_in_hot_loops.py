# Small straight-line functions called from hot loops: each call site runs its own copy of such a
# function's body, which must behave exactly like a call (values, cells, errors, recursion).
def make_adder(k):
    def add(x):
        return x + k
    return add


def pick(a, b):
    if a > b:
        return a
    return b


def run(n):
    total = 0
    adders = [make_adder(k) for k in range(3)]
    for i in range(n):
        total += adders[i % 3](i)
        total += pick(i, n - i)
    return total


print(run(5000))


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return V(self.v + other.v)

    def __repr__(self):
        return "V(" + repr(self.v) + ")"


# one site, many kinds of values
twice = lambda x: x + x
out = []
for rounds in range(300):
    out = []
    for v in [1, 2.5, "ab", [1], (2,), V(3), True, 2 ** 62]:
        out.append(twice(v))
print(out)


# a counter's cell, written through the copy
def make_counter():
    n = 0

    def tick():
        nonlocal n
        n += 1
        return n
    return tick


t = make_counter()
for i in range(3000):
    t()
print(t(), t.__closure__[0].cell_contents)


# errors raised inside a copied body, caught by the caller
def div(a, b):
    return a // b


caught = 0
last = None
for i in range(4000):
    try:
        div(i, i % 1000)
    except ZeroDivisionError as e:
        caught += 1
        last = str(e)
print(caught, last)


def unbound(flag):
    if flag:
        y = 1
    return y


for i in range(2000):
    try:
        unbound(i != 1999)
    except UnboundLocalError as e:
        print(i, e)


# recursion through a dunder method reached from a copied body still counts every frame
class Deep:
    def __add__(self, other):
        return other + self


def plus(a, b):
    return a + b


try:
    plus(Deep(), Deep())
except RecursionError as e:
    print("RecursionError:", e)

# the same functions called with keywords and through other names
print(pick(b=1, a=2), pick(3, b=4), [f(10) for f in map(make_adder, [1, 2])])
alias = pick
print(alias(7, 8), make_adder(5).__name__, make_adder(5).__qualname__)


# a small special method reaching itself: every level is a call of the same function
class Link:
    def __init__(self, v, rest):
        self.v = v
        self.rest = rest

    def __eq__(self, other):
        return self.v == other.v and self.rest == other.rest


def chain(n):
    c = None
    for i in range(n):
        c = Link(i, c)
    return c


a, b = chain(400), chain(400)
print(all(a == b for _ in range(50)), chain(3) == chain(4))


# defaults and *args bound at a site that runs its own copy
scalers = [lambda x, k=k: x * k for k in range(4)]
tot = 0
for i in range(3000):
    for f in scalers:
        tot += f(i)
print(tot)


def pack(*xs):
    return xs


def opt(a, b=2, *rest):
    return a + b if not rest else a + b + rest[0]


print([pack(i, i) for i in range(3)], [opt(i) for i in range(3)], opt(1, 2, 30, 4), pack())
for i in range(3):
    try:
        opt()
    except TypeError as e:
        print(e)
