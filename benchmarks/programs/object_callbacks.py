# object_callbacks: closures and objects together. Event handlers are closures
# that capture an accumulator object and update its attributes, bound methods
# stored as callbacks, and small value objects made and read in the loop. The
# mechanism: instance attributes read and written through cached shapes,
# __init__ inlined at the call of the class, methods called without a bound
# method, objects that never escape the loop not allocated.
import sys
import time

N = 120000      # events per run()
REPS = 20       # repetitions of run(N); steady state = later reps

if len(sys.argv) > 1:
    N = int(sys.argv[1])
if len(sys.argv) > 2:
    REPS = int(sys.argv[2])


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Stats:
    def __init__(self):
        self.count = 0
        self.total = 0
        self.peak = 0

    def record(self, v):
        self.count += 1
        self.total += v
        if v > self.peak:
            self.peak = v


def make_handlers(stats, scale):
    origin = Vec(1, 2)

    def on_move(dx, dy):
        p = origin.add(Vec(dx * scale, dy))
        stats.record(p.dot(origin) % 1000)

    def on_tick(i):
        stats.total += i % 7

    return on_move, on_tick


def run(n):
    stats = Stats()
    on_move, on_tick = make_handlers(stats, 3)
    callbacks = [stats.record, on_tick]
    for i in range(n):
        on_move(i % 17, i % 5)
        for cb in callbacks:
            cb(i % 11)
    return stats.count * 7 + stats.total + stats.peak


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
