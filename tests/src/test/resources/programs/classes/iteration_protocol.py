class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(3)))
for n in Countdown(2):
    print('tick', n)
c = Countdown(3)
print(next(c), next(c), next(c), next(c, 'done'))
try:
    next(c)
except StopIteration:
    print('StopIteration')
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
print(list(zip(Countdown(3), 'abc')), list(enumerate(Countdown(2))))
print(3 in Countdown(5), 7 in Countdown(5))
a, b, c = Countdown(3)
print(a, b, c)


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child


t = Tree(1, Tree(2, Tree(3)), Tree(4, Tree(5), Tree(6)))
print(list(t), [v * 10 for v in t if v % 2])
it = iter(t)
print(next(it), next(it), type(it).__name__)


class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return Range2Iter(self.n)


class Range2Iter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * self.i


r = Range2(4)
print(list(r), list(r), dict(zip(r, r)))
print(any(x > 10 for x in r), all(x > 0 for x in r))


class Bad:
    def __iter__(self):
        return 42


try:
    iter(Bad())
except TypeError as e:
    print('TypeError:', e)
try:
    for x in object():
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    next(Tree(1))
except TypeError as e:
    print('TypeError:', e)
