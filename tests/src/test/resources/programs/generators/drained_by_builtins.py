# sum(), list() and tuple() drain a generator in a loop of their own (one per call site, compiled
# mid-call when long): the values, the start value, exceptions from the generator and PEP 479 must
# come out as CPython's.


def squares(n):
    for i in range(n):
        yield i * i


def total(n):
    return sum(squares(n)) + sum((x for x in range(n)), 1000)


acc = 0
for k in range(300):
    acc += total(k)
print(acc)
print(sum(x / 2 for x in range(5)), sum((x for x in range(3)), 0.5))
print(sum(([k] for k in range(3)), []))
print(list(squares(6)), tuple(squares(4)), list(x for x in ()), tuple(x for x in ""))

big = list(x % 7 for x in range(200000))
print(len(big), sum(big), tuple(big[:5]))


def boom(n):
    for i in range(n):
        if i == 3:
            raise ValueError("boom at %d" % i)
        yield i


try:
    sum(boom(10))
except ValueError as e:
    print("ValueError:", e)
try:
    list(boom(10))
except ValueError as e:
    print("ValueError:", e)


def stops():
    yield 1
    raise StopIteration("inner")


try:
    print(tuple(stops()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

try:
    sum(x for x in ["a", "b"])
except TypeError as e:
    print("TypeError:", e)

# a generator partly consumed before sum takes the rest
g = squares(5)
next(g)
print(sum(g), list(g))

print(sum(boom(10)))
