# builtin_callbacks: closures handed to built-ins and built-ins in closure loops.
# Lambdas closing over a loop's state go through map and filter, for loops walk
# enumerate and zip, and each round uses abs, min, max, len and isinstance on
# values the closures computed, with a rare error raised and caught in the loop.
# The mechanism: built-ins whose callbacks and steps compile into the loop.
import sys
import time

N = 15000       # rounds per run()
REPS = 20       # repetitions of run(N); steady state = later reps

if len(sys.argv) > 1:
    N = int(sys.argv[1])
if len(sys.argv) > 2:
    REPS = int(sys.argv[2])


def make_scaler(k):
    return lambda v: v * k - 7


def run(n):
    weights = [3, -1, 4, -1, 5, -9, 2, 6]
    names = ["a", "bb", "ccc", "dd", "e", "ff", "ggg", "h"]
    total = 0
    errors = 0
    for r in range(n):
        scale = make_scaler(r % 5 + 1)
        limit = r % 17
        for i, w in enumerate(weights):
            total += abs(scale(w)) - i
        for w, name in zip(weights, names):
            total += max(w, len(name)) - min(w, limit)
        total += sum(map(scale, weights))
        for v in filter(lambda v: v > limit, map(lambda w: w * w, weights)):
            total += v % 7
        for x in (r, -r, r * 0.5):
            if isinstance(x, int):
                total += x % 3
        try:
            if r % 97 == 0:
                raise ValueError(r)
            total += 1
        except ValueError:
            errors += 1
    return total + errors


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
