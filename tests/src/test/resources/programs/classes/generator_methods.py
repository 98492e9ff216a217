class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.produced = 0

    def values(self):
        a, b = 0, 1
        while a < self.limit:
            self.produced += 1
            yield a
            a, b = b, a + b

    def pairs(self):
        prev = None
        for v in self.values():
            if prev is not None:
                yield prev, v
            prev = v

    @staticmethod
    def evens(seq):
        return (x for x in seq if x % 2 == 0)


f = Fib(30)
g = f.values()
print(type(g).__name__, next(g), next(g), f.produced)
print(list(g), f.produced)
print(list(f.pairs())[:4])
print(list(Fib.evens(f.values())))


class Accumulator:
    def __init__(self):
        self.total = 0

    def run(self):
        while True:
            x = yield self.total
            if x is None:
                return self.total
            self.total += x


acc = Accumulator()
gen = acc.run()
print(next(gen), gen.send(5), gen.send(10), acc.total)
try:
    gen.send(None)
except StopIteration as e:
    print('returned', e.value)


class Base:
    def items(self):
        yield 'base-1'
        yield 'base-2'


class Child(Base):
    def items(self):
        yield 'child-0'
        yield from super().items()
        yield 'child-3'


print(list(Child().items()))


class Lines:
    def __init__(self, text):
        self.text = text

    def __iter__(self):
        for i, line in enumerate(self.text.split('\n')):
            if line.strip():
                yield i, line.strip()


print(dict(Lines('a\n\n b \nc')))
