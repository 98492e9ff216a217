class Multiplier:
    calls = 0

    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x, *, twice=False):
        Multiplier.calls += 1
        r = x * self.factor
        return r * 2 if twice else r


double = Multiplier(2)
print(double(5), double(5, twice=True), callable(double), callable(Multiplier), callable(3))
print(list(map(Multiplier(3), [1, 2, 3])), sorted([3, 1, 2], key=Multiplier(-1)))
print(Multiplier.calls)


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache), type(fib).__name__)


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


c = Counter()
for _ in range(3):
    c()
print(c.n, c())

try:
    Counter()(1)
except TypeError as e:
    print('TypeError:', e)

try:
    object()()
except TypeError as e:
    print('TypeError:', e)


class NoCall:
    pass


NoCall()()
