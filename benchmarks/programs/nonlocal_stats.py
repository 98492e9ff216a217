# nonlocal_stats: cell writes through nonlocal.
# A linear congruential generator keeps its state in a cell; a statistics
# collector updates four cells (count, total, high, low) per value; and a
# running accumulator is written both by an inner function and by the loop of
# the function that owns it.
import sys
import time

N = 220000       # values generated per run()
REPS = 20       # repetitions of run(N); steady state = later reps

if len(sys.argv) > 1:
    N = int(sys.argv[1])
if len(sys.argv) > 2:
    REPS = int(sys.argv[2])


def make_rng(seed):
    state = seed

    def nxt():
        nonlocal state
        state = (state * 1103515245 + 12345) % 2147483648
        return state >> 8
    return nxt


def make_stats():
    count = 0
    total = 0
    high = -1
    low = 1 << 30

    def add(v):
        nonlocal count, total, high, low
        count += 1
        total += v
        if v > high:
            high = v
        if v < low:
            low = v

    def report():
        return count * 7 + total + high * 3 + low
    return add, report


def bounded_sum(n, rng):
    acc = 0

    def bump(x):
        nonlocal acc
        acc += x

    for i in range(n):
        bump(rng() % 1000)
        if acc > 100000:
            acc -= 100000
    return acc


def run(n):
    rng = make_rng(n)
    add, report = make_stats()
    for i in range(n):
        add(rng() % 10000)
    return report() + bounded_sum(n, rng)


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
