# Fully warmed cost of the generator mechanisms, in ns per item: each kernel runs 300 times
# over 100000 items and the median of the last 100 runs is printed (with 120 runs some kernels
# still ran first-tier code while the compiler worked through the kernels before them). Run it
# on cellpy and on pypy3/python3 to compare compiled code without warm-up in the figure:
#     bin/cellpy benchmarks/micro/generator_kernels.py
#     pypy3 benchmarks/micro/generator_kernels.py
import time


def countdown(n):
    i = n
    while i > 0:
        yield i
        i -= 1


def evens_of(gen):
    for v in gen:
        if v % 2 == 0:
            yield v


def accumulator():
    total = 0
    while True:
        x = yield total
        total += x


def pinger():
    v = 0
    while True:
        v = yield v + 1


def ponger():
    v = 0
    while True:
        v = yield v * 2 % 1000003


def genexp_sum(n):
    return sum(x for x in range(n) if x % 2 == 0)


def genexp_chain(n):
    evens = (x for x in range(n) if x % 2 == 0)
    sq = (x * x + 1 for x in evens)
    return sum(y % 1000 for y in sq if y % 3 != 1)


def genexp_over_list(n):
    squares = [i * i for i in range(n)]
    return sum(s % 97 for s in squares if s % 2 == 1)


def for_countdown(n):
    s = 0
    for v in countdown(n):
        s += v % 10
    return s


def generator_into_generator(n):
    s = 0
    for v in evens_of(countdown(n)):
        s += v % 7
    return s


def send_loop(n):
    acc = accumulator()
    next(acc)
    t = 0
    for i in range(n):
        t = acc.send(i % 13)
    return t


def ping_pong(n):
    p = pinger()
    q = ponger()
    next(p)
    next(q)
    v = 1
    for i in range(n):
        v = q.send(p.send(v))
    return v


KERNELS = (
    ("sum(genexp over range)", genexp_sum),
    ("three chained genexps", genexp_chain),
    ("sum(genexp over list)", genexp_over_list),
    ("for v in countdown(n)", for_countdown),
    ("for v in evens_of(countdown(n))", generator_into_generator),
    ("acc.send(x)", send_loop),
    ("q.send(p.send(v))", ping_pong),
)

N = 100000
for name, kernel in KERNELS:
    times = []
    for rep in range(300):
        t0 = time.perf_counter()
        kernel(N)
        t1 = time.perf_counter()
        times.append((t1 - t0) * 1e9 / N)
    last = sorted(times[200:])
    print("%-34s %7.2f ns/item" % (name, last[len(last) // 2]))
