class Counter:
    count = 0

    def __init__(self, start=0):
        self.value = start
        Counter.count += 1

    def __iter__(self):
        return self

    def __next__(self):
        if self.value > 10:
            raise StopIteration
        self.value += 1
        return self.value

    def __repr__(self):
        return f'Counter({self.value!r})'

    @staticmethod
    def make(*a, **k):
        return Counter(*a, **k)

    @property
    def double(self):
        return self.value * 2


class Child(Counter):
    def __init__(self):
        super().__init__(5)

    def __add__(self, other):
        return Child() if other else NotImplemented


def countdown(n):
    while n > 0:
        received = yield n
        if received is not None:
            n = received
        else:
            n -= 1
    return 'done'


def delegate():
    result = yield from countdown(3)
    print('result', result)
    try:
        yield 1
    except GeneratorExit:
        raise
    finally:
        print('cleanup')


def closures():
    fs = [lambda: i for i in range(3)]
    gs = [(lambda i=i: i) for i in range(3)]
    total = sum(x * x for x in range(10) if x % 2)
    pairs = {(a, b): a + b for a in range(3) for b in range(a)}
    return fs, gs, total, pairs


def walrus(data):
    if (n := len(data)) > 3:
        return n
    return [y for x in data if (y := x * 2) > 1]


g = (x for x in range(3))
print(next(g), list(g), sep=', ')
