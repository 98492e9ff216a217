# generator_chain: generator functions consumed by for loops.
# Collatz trajectories come from one generator, are filtered by a running
# maximum generator and grouped by a chunking generator; a generator made by a
# factory closes over its step (a generator that is also a closure).
import sys
import time

N = 8000        # trajectories per run()
REPS = 20       # repetitions of run(N); steady state = later reps

if len(sys.argv) > 1:
    N = int(sys.argv[1])
if len(sys.argv) > 2:
    REPS = int(sys.argv[2])


def collatz(start, limit):
    x = start
    k = 0
    while x != 1 and k < limit:
        yield x
        if x % 2 == 0:
            x = x // 2
        else:
            x = 3 * x + 1
        k += 1


def running_max(gen):
    best = 0
    for v in gen:
        if v > best:
            best = v
        yield best


def chunk_sums(gen, size):
    s = 0
    c = 0
    for v in gen:
        s += v
        c += 1
        if c == size:
            yield s
            s = 0
            c = 0
    if c:
        yield s


def make_stepper(step):
    def stepper(n):
        i = 0
        while i < n:
            yield i
            i += step
    return stepper


def run(n):
    total = 0
    for start in range(1, n + 1):
        for v in running_max(collatz(start, 60)):
            total += v % 100
        for s in chunk_sums(collatz(start + 7, 40), 4):
            total += s % 1000
    for step in (1, 2, 3):
        for i in make_stepper(step)(n * 10):
            total += i & 15
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
