# keyword_calls: keyword arguments and defaults on hot calls.
# Positional, keyword, out-of-order keyword and keyword-only arguments with
# defaults filled in, plus the default-argument idiom for capturing a loop
# value in a lambda (`lambda x, k=k: ...`) called through one call site.
import sys
import time

N = 80000       # iterations per run()
REPS = 20       # repetitions of run(N); steady state = later reps

if len(sys.argv) > 1:
    N = int(sys.argv[1])
if len(sys.argv) > 2:
    REPS = int(sys.argv[2])


def clamp(x, lo=0, hi=255):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


def blend(a, b, weight=3, total=8, bias=0):
    return (a * weight + b * (total - weight)) // total + bias


def scaled(x, *, by=2, plus=0):
    return x * by + plus


def run(n):
    fs = [lambda x, k=k: x * k % 11 for k in range(1, 9)]
    s = 0
    for i in range(n):
        v = i * 37 % 600 - 100
        s += clamp(v)
        s += clamp(v, hi=200)
        s += clamp(lo=10, x=v)
        s += blend(v, i % 50, weight=5)
        s += blend(b=v, a=i % 50, bias=1)
        s += scaled(v, plus=3) + scaled(i % 9)
        for f in fs:
            s += f(i)
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
