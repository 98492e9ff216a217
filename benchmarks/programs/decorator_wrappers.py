# decorator_wrappers: functions wrapped by closure-based decorators.
# Each call goes through `wrapper(*args, **kwargs)`, which counts in a nonlocal,
# and on to the wrapped function with `fn(*args, **kwargs)`; one decorator keeps
# a memo dict in its closure, one stacks on another, and calls pass keywords and
# rely on defaults. The mechanism: star-argument calls through closures, which
# must compile and inline like plain calls.
import sys
import time

N = 40000       # rounds per run()
REPS = 20       # repetitions of run(N); steady state = later reps

if len(sys.argv) > 1:
    N = int(sys.argv[1])
if len(sys.argv) > 2:
    REPS = int(sys.argv[2])


def counted(fn):
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return fn(*args, **kwargs)

    def count():
        return calls

    wrapper.count = count
    return wrapper


def memo(fn):
    cache = {}

    def lookup(x):
        if x in cache:
            return cache[x]
        r = fn(x)
        cache[x] = r
        return r
    return lookup


def scaled(k):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return fn(*args, **kwargs) * k
        return wrapper
    return deco


@counted
def add(a, b=1):
    return a + b


@counted
@scaled(3)
def mix(a, b, c=0):
    return a * b + c


@memo
def collatz_len(x):
    steps = 0
    while x != 1:
        x = x // 2 if x % 2 == 0 else 3 * x + 1
        steps += 1
    return steps


def run(n):
    total = 0
    before = add.count() + mix.count()
    for i in range(n):
        total += add(i) + add(i, b=2) + add(a=i, b=3)
        total += mix(i % 13, 7) + mix(i % 5, 3, c=i % 11)
        total += collatz_len(i % 300 + 1)
    return total + add.count() + mix.count() - before


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
