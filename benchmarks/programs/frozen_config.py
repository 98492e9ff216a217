# frozen_config: cells of variables that are never rebound after creation.
# A factory closes over configuration values (parameters and locals computed
# once) and returns a scoring function; the hot loop only reads those cells,
# so a compiler may treat them as constants for the closure it is running.
import sys
import time

N = 200000       # values scored per configuration per run()
REPS = 20       # repetitions of run(N); steady state = later reps

if len(sys.argv) > 1:
    N = int(sys.argv[1])
if len(sys.argv) > 2:
    REPS = int(sys.argv[2])

CONFIGS = [(3, 7, 1009, 500), (5, 11, 2003, 1000), (7, 1, 4001, 3000)]


def make_scorer(scale, offset, modulus, threshold):
    bias = scale * 3 - offset
    weights = (1, scale, offset)
    wrap = lambda v: v % modulus

    def kernel(x):
        v = wrap(x * scale + offset)
        if v > threshold:
            return v - bias
        return v * weights[1] + bias

    def score(start, count):
        s = 0
        for x in range(start, start + count):
            s += kernel(x)
        return s

    return score


def run(n):
    total = 0
    for scale, offset, modulus, threshold in CONFIGS:
        score = make_scorer(scale, offset, modulus, threshold)
        total += score(0, n) % 1000003
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
