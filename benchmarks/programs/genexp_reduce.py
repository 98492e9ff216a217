# genexp_reduce: generator expressions consumed by sum/max/min/any, and a
# chained pipeline of generator expressions (each stage pulls from the one
# before). The conditions read variables of the enclosing function (cells).
import sys
import time

N = 70000        # range length of every generator expression
REPS = 20       # repetitions of run(N); steady state = later reps

if len(sys.argv) > 1:
    N = int(sys.argv[1])
if len(sys.argv) > 2:
    REPS = int(sys.argv[2])


def run(n):
    total = 0
    for r in range(3):
        m = r + 2
        total += sum(x * x % 7 for x in range(n) if x % m != r)
        total += max(x * (n - x) % 1009 for x in range(n))
        total += min((x * 31 + r) % 997 for x in range(1, n))
        evens = (x for x in range(n) if x % 2 == 0)
        squares = (e * e % 10007 for e in evens)
        big = (s - 5000 for s in squares if s > 5000)
        total += sum(big)
        total += sum(1 for x in range(n) if x % m == r)
        if any(x > n for x in range(n)):
            total += 1
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
