# delegating_generators: generators that hand over to other generators with
# `yield from`: a fixed chain of delegating stages, a recursive tree walk, and a
# delegate's return value passed back up. The mechanism: resuming through
# `yield from`, which should inline the delegate's body like a plain resume.
import sys
import time

N = 500000      # values through the chain per run()
REPS = 20       # repetitions of run(N); steady state = later reps

if len(sys.argv) > 1:
    N = int(sys.argv[1])
if len(sys.argv) > 2:
    REPS = int(sys.argv[2])


def source(n):
    for i in range(n):
        yield i % 97


def stage(gen, k):
    total = yield from gen
    yield total


def counted(n):
    for i in range(n):
        yield i
    return n


def tree(depth, label):
    if depth == 0:
        yield label
        return
    yield from tree(depth - 1, label * 2)
    yield from tree(depth - 1, label * 2 + 1)


def run(n):
    s = 0
    for v in stage(stage(stage(source(n), 1), 2), 3):
        s += v if v is not None else 0
    for v in stage(counted(n // 2), 0):
        s += v
    for _ in range(n // 2000):
        s += sum(tree(8, 1)) % 1009
    return s


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
