# The training run for cellpy's start-up cache (bin/image.sh): a few seconds of typical work,
# so the JVM records which classes (the interpreter's, Truffle's and the Graal compiler's) a
# run loads and links, and later runs map them from the cache instead of loading them again.
# Its output is discarded; what matters is that it touches every common path once and keeps
# the compiler busy with closures, generators, classes and exceptions.
import sys
import time


def make_adder(k):
    def add(x):
        return x + k
    return add


def make_counter():
    n = 0

    def tick(step=1):
        nonlocal n
        n += step
        return n
    return tick


def gen_squares(n):
    for i in range(n):
        if i % 3:
            yield i * i
        else:
            yield -i


def delegate(n):
    total = yield from gen_squares(n)
    return total


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Boom(Exception):
    pass


def risky(i):
    if i % 7 == 0:
        raise Boom(i)
    return i


def work(n):
    total = 0
    tick = make_counter()
    adders = [make_adder(k) for k in range(10)]
    for i in range(n):
        total += adders[i % 10](i) + tick()
        total += sum(x for x in gen_squares(20) if x > 4)
        total += len([y * 2 for y in range(10)]) + len({y % 5 for y in range(10)})
        d = {str(k): k for k in range(5)}
        total += d.get("3", 0) + max(d.values()) + min(range(3, 9))
        p = Point(i, -i) + Point(1, 2)
        total += p.norm1
        try:
            total += risky(i)
        except Boom as e:
            total -= e.args[0]
        g = delegate(5)
        total += next(g) + any(v > 10 for v in g)
        s = "%d-%s" % (i, "x") + ", ".join(sorted(["b", "a"]))
        total += len(s.split("-")) + len(repr(p)) + len(f"{i:>5}|{i / 3:.2f}")
        total += (i * 1103515245 + 12345) % 2147483648 // 65536
        total += int(float(i) * 1.5) + (i ** 2) % 17
        total += sum(map(lambda t: t[0] * t[1], zip(range(3), range(3))))
        total += len(list(enumerate(reversed([1, 2, 3])))) + isinstance(p, Point)
    return total


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    for rep in range(reps):
        t0 = time.perf_counter()
        c = work(2000)
        print("rep", rep, c, time.perf_counter() - t0)


main()
