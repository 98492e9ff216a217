# Loops long enough to be on-stack replaced (the test lowers the threshold), left
# in every way a loop can be left, with the function's locals read afterwards:
# compiled code works on a copy of the frame and must hand every value back.

def finished(n):
    total = 0
    last = None
    for i in range(n):
        total += i
        last = i * 2
    else:
        tail = "else ran"
    return total, last, i, tail


def broke(n):
    found = -1
    i = 0
    while i < n:
        if i * i > n * n // 4:
            found = i
            break
        i += 1
    else:
        found = "no break"
    return found, i


def returned(n):
    acc = 0
    for i in range(n):
        acc += i % 7
        if i == n - 5:
            return acc, i
    return None


def raised(n):
    acc = 0
    k = 0
    try:
        while True:
            acc += 10 // (n - k)
            k += 1
    except ZeroDivisionError:
        return acc, k


def kinds_change(n):
    v = 0
    out = []
    for i in range(n):
        if i == n // 2:
            v = "text"
        elif i == n - 2:
            v = 2 ** 70
        elif isinstance(v, int) and v < 10 ** 12:
            v += 1
        if i % (n // 4) == 0:
            out.append(v)
    return v, out


def nested(n):
    cells = 0
    for a in range(n // 100):
        row = 0
        for b in range(100):
            row += a * b
        cells += row
    return cells, a, b, row


def closures(n):
    def make(k):
        def f(x):
            return x + k
        return f
    t = 0
    for i in range(n):
        g = make(i)
        t += g(1)
    return t


def floats(n):
    x = 0.5
    i = 0
    while i < n:
        x = x * 0.999 + 1.0
        i += 1
    return round(x, 6), i


def flag_and_unset(n):
    seen = False
    for i in range(n):
        if i == n - 1:
            seen = True
            late = i
    return seen, late


def with_finally(n):
    x = 0
    try:
        while True:
            x += 1
            if x == n:
                raise ValueError("stop at %d" % x)
    finally:
        print("finally sees", x)


def inner(n):
    s = 0
    for j in range(n):
        s += j
        if j == n - 3:
            return s
    return -1


def outer(m):
    t = 0
    for q in range(m):
        t += inner(300)
    return t, q


def kinds_per_call(n, start):
    # re-entered with another kind of value in the same slots: the loop's compiled code,
    # entered at once on later calls, must hand back whatever kind the slots hold
    v = start
    last = None
    for i in range(n):
        if i % 1000 == 0:
            v = v + start
        last = i
    return (len(v) if isinstance(v, str) else v), last


class Base:
    def total(self, n):
        return n


class Child(Base):
    def total(self, n):
        t = 0
        for i in range(n):
            t += super().total(i)
        return t


class Collected:
    acc = 0
    for k in range(3000):
        acc += k


print("class body", Collected.acc, Collected.k)
module_sum = 0
for j in range(5000):
    module_sum += j
else:
    print("module loop", module_sum, j)

for rounds in range(3):
    print(finished(5000))
    print(broke(5000))
    print(returned(5000))
    print(raised(5000))
    print(kinds_change(4000))
    print(nested(5000))
    print(closures(5000))
    print(floats(5000))
    print(flag_and_unset(5000))
    try:
        with_finally(5000)
    except ValueError as e:
        print("caught", e)
    print(outer(40))
    print(Child().total(3000))
    print(kinds_per_call(5000, 3), kinds_per_call(5000, "ab"), kinds_per_call(5000, 2.5))
