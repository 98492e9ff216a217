# deep_nesting: free variables of several enclosing levels.
# Four nested defs; the innermost reads variables of all three enclosing
# functions and writes a counter two levels up with nonlocal. The chain is
# built anew in every iteration (short-lived closures of every level) and also
# built once and called in a loop (long-lived cells read through the chain).
import sys
import time

N = 100000       # iterations per run()
REPS = 20       # repetitions of run(N); steady state = later reps

if len(sys.argv) > 1:
    N = int(sys.argv[1])
if len(sys.argv) > 2:
    REPS = int(sys.argv[2])


def level1(a):
    calls = 0

    def level2(b):
        ab = a * 3 + b

        def level3(c):
            abc = ab * c + a

            def level4(d):
                nonlocal calls
                calls += 1
                return (a * 7 + b * 5 + ab * 3 + c * 2 + abc + d + calls) % 65521
            return level4
        return level3

    def count():
        return calls
    return level2, count


def run(n):
    total = 0
    for i in range(n):
        level2, count = level1(i % 5)
        total += level2(i % 7)(i % 11)(i) + count()
    level2, count = level1(3)
    f = level2(4)(5)
    for i in range(n):
        total += f(i)
    return total + count()


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
