# local_lambdas: closures that never escape the loop iteration that makes them.
# Each iteration builds a lambda and a nested def over the iteration's values,
# calls them directly and through a helper that takes a function argument, and
# drops them: with the calls inlined, nothing here needs to be allocated.
import sys
import time

N = 120000       # loop iterations per run()
REPS = 20       # repetitions of run(N); steady state = later reps

if len(sys.argv) > 1:
    N = int(sys.argv[1])
if len(sys.argv) > 2:
    REPS = int(sys.argv[2])


def apply_twice(f, x):
    return f(f(x))


def run(n):
    total = 0
    for i in range(n):
        k = i % 13
        m = i % 97
        sq = lambda x: x * x + k

        def step(y):
            return sq(y) - k * y + m

        total += step(m) + sq(k)
        total += apply_twice(lambda z: z * 3 + k, m)
        total += apply_twice(step, k) % 1009
    return total


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
