# higher_order: decorators and higher-order functions.
# A memoizing decorator over a dict (the decorated function recurses through
# the wrapper), a call-counting decorator writing a cell, function composition
# (pairwise and n-ary), and map/filter with lambdas over closed-over values.
import sys
import time

N = 110000       # items per run()
REPS = 20       # repetitions of run(N); steady state = later reps

if len(sys.argv) > 1:
    N = int(sys.argv[1])
if len(sys.argv) > 2:
    REPS = int(sys.argv[2])


def memoize(f):
    cache = {}

    def wrapper(x):
        if x in cache:
            return cache[x]
        r = f(x)
        cache[x] = r
        return r
    return wrapper


def counting(counts, name):
    def decorate(f):
        def wrapper(x):
            counts[name] = counts.get(name, 0) + 1
            return f(x)
        return wrapper
    return decorate


def compose2(f, g):
    return lambda x: f(g(x))


def compose(*fs):
    def composed(x):
        for f in fs:
            x = f(x)
        return x
    return composed


def run(n):
    counts = {}

    @memoize
    def steps(x):
        if x == 1:
            return 0
        if x % 2 == 0:
            return 1 + steps(x // 2)
        return 1 + steps(3 * x + 1)

    @counting(counts, "inc")
    def inc(x):
        return x + 1

    @counting(counts, "dbl")
    def dbl(x):
        return x * 2

    m = n % 17 + 3
    pipe = compose(inc, dbl, lambda x: x % 1000, compose2(inc, lambda x: x * m))
    total = 0
    for i in range(n):
        total += steps(1 + i * 7919 % 3000)
        total += pipe(i)
    total += sum(map(lambda v: v * m % 101, filter(lambda v: v % m, range(n))))
    return total + counts["inc"] * 3 + counts["dbl"]


def main():
    check = 0
    for rep in range(REPS):
        t0 = time.perf_counter()
        c = run(N)
        t1 = time.perf_counter()
        if rep == 0:
            check = c
        elif c != check:
            print("ERROR checksum changed", rep, c, check)
        print("rep", rep, t1 - t0)
    print("checksum", check)


main()
