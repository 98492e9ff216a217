# comprehension_rows: small comprehensions built in every iteration of a hot
# loop, their elements closures or values over the iteration's variables: a row
# of scaled values, a filtered set, a dict of lambdas closing over the
# comprehension's own variable, a nested comprehension (a small matrix), and a
# generator expression per row consumed by sum/max and by a for loop.
import sys
import time

N = 20000        # rows per run()
REPS = 20       # repetitions of run(N); steady state = later reps

if len(sys.argv) > 1:
    N = int(sys.argv[1])
if len(sys.argv) > 2:
    REPS = int(sys.argv[2])

BASE = list(range(12))


def run(n):
    total = 0
    for r in range(n):
        row = [x * r % 101 for x in BASE]
        odd = {v for v in row if v % 2}
        ops = {k: (lambda y: y * k + r) for k in range(4)}
        grid = [[a * b for b in range(3)] for a in range(3)]
        total += len(odd) + ops[r % 4](3) + grid[r % 3][2]
        total += sum(v * v for v in row if v > 50) % 1009
        total += max(v - r % 7 for v in row)
        for f in (lambda z: z + j for j in range(3)):
            total += f(r) % 13
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
