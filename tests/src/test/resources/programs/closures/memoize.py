# Memoization with a dict in a closure.
def memoize(fn):
    cache = {}
    hits = 0
    def wrapper(n):
        nonlocal hits
        if n in cache:
            hits += 1
            return cache[n]
        r = fn(n)
        cache[n] = r
        return r
    def stats():
        return len(cache), hits
    return wrapper, stats

def raw_fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

fib, fib_stats = memoize(raw_fib)

print(fib(30))
print(fib_stats())
print(fib(80))
print(fib_stats())
print([fib(i) for i in range(10)])
print(fib_stats())

def make_cached_square():
    seen = {}
    def sq(x):
        if x not in seen:
            print("computing", x)
            seen[x] = x * x
        return seen[x]
    return sq, seen

sq, seen = make_cached_square()
print(sq(3), sq(4), sq(3))
print(seen)

def memo_two_args():
    cache = {}
    def binom(n, k):
        key = (n, k)
        if key in cache:
            return cache[key]
        if k == 0 or k == n:
            r = 1
        else:
            r = binom(n - 1, k - 1) + binom(n - 1, k)
        cache[key] = r
        return r
    return binom, cache

binom, cache = memo_two_args()
print(binom(40, 20), len(cache))
print([binom(6, k) for k in range(7)])
