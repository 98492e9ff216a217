# Loops, generator expressions, `yield from` and unpacking take their iterator straight from a
# generator, a range or a list (no detour through the generic iter()); what they see must not change.


def countdown(n):
    i = n
    while i > 0:
        yield i
        i -= 1


def total(n):
    s = 0
    for v in countdown(n):
        s += v
    return s


print(sum(total(k) for k in range(50)))

# a generator already partly consumed continues where it stands
g = countdown(5)
next(g)
print([v for v in g])
print(list(g))

# a list iterator partly consumed, then looped over
it = iter([1, 2, 3, 4])
next(it)
for v in it:
    print("it", v)

# a generator expression over a list sees the list as it is when it runs
lst = [1, 2]
ge = (x * 10 for x in lst)
lst.append(3)
print(list(ge))

# ... and one over a range
print(list(x for x in range(3, 0, -1)))


def delegate():
    yield from [1, 2]
    yield from range(3, 5)
    yield from countdown(2)
    yield from iter((7, 8))
    yield from "ab"


print(list(delegate()))

# unpacking generators and iterators
a, b = (x + 1 for x in range(2))
c, d = iter([5, 6])
e, f = countdown(2)
print(a, b, c, d, e, f)
try:
    p, q = countdown(3)
except ValueError as err:
    print("ValueError:", err)

# a loop over an iterator object that is not a generator
class Three:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


print([v for v in Three()])
for v in Three():
    print("three", v)
