# adder_bank: many closures of one def called through one call site.
# A bank of 24 adders (one def, 24 cells) and a bank of 16 multipliers (one
# lambda made by an immediately-called lambda) are applied in turn to a value
# in a loop: the call site `f(acc)` sees many closures, one code body.
import sys
import time

N = 45000        # rounds per run(); each applies every closure of both banks
REPS = 20       # repetitions of run(N); steady state = later reps

if len(sys.argv) > 1:
    N = int(sys.argv[1])
if len(sys.argv) > 2:
    REPS = int(sys.argv[2])


def make_adder(k):
    def add(x):
        return x + k
    return add


def run(n):
    adders = [make_adder(k) for k in range(24)]
    scalers = [(lambda m: lambda x: x * m % 10007)(m) for m in range(1, 17)]
    total = 0
    for i in range(n):
        acc = i
        for f in adders:
            acc = f(acc)
        for f in scalers:
            acc = f(acc)
        total += acc
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
