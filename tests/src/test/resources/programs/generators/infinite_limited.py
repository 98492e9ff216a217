# Infinite generators limited by hand.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    if n <= 0:
        return
    for i, x in enumerate(it):
        yield x
        if i + 1 >= n:
            return

def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(take(5, naturals())))
print(list(take(0, naturals())))
print(list(take(12, fib())))
print(list(take_while(lambda x: x < 100, fib())))
big = fib()
for _ in range(100):
    v = next(big)
print("fib(99) =", v)

def cycle(seq):
    while True:
        for x in seq:
            yield x

c = cycle("abc")
print("".join(next(c) for _ in range(8)))

def islice_like(it, start, stop, step=1):
    i = 0
    nxt = start
    for x in it:
        if i >= stop:
            return
        if i == nxt:
            yield x
            nxt += step
        i += 1

print(list(islice_like(naturals(), 3, 20, 4)))

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1

print(list(take(10, primes())))

shared = naturals()
print(list(take(3, shared)), list(take(3, shared)))
