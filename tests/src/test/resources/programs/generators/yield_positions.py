# yield in less common positions: augmented assignment, return, for-iterable,
# subscripts, lambdas, unpacking targets.
def augmented():
    total = 0
    while total < 10:
        total += yield total
    return total

g = augmented()
print(next(g), g.send(3), g.send(4))
try:
    g.send(5)
except StopIteration as e:
    print("augmented result", e.value)

def return_yield():
    return (yield "give me the result")

g = return_yield()
print(next(g))
try:
    g.send("result")
except StopIteration as e:
    print("returned", e.value)

def for_over_yield():
    for x in (yield "iterable?"):
        yield x * 2

g = for_over_yield()
print(next(g))
print(g.send([1, 2, 3]))
print(list(g))

def store_into():
    d = {}
    d[(yield "key?")] = (yield "value?")
    yield d
    data = [0, 0, 0]
    data[(yield "index?")] += 10
    yield data

g = store_into()
print(next(g), g.send("k"), g.send("v"))
print(next(g), g.send(1))

def unpack_yield():
    a, b = yield "pair?"
    first, *rest = yield "seq?"
    yield a, b, first, rest

g = unpack_yield()
print(next(g), g.send((1, 2)), g.send("xyz"))

lam = lambda: (yield "from a lambda")
g = lam()
print(type(g).__name__, g.__name__, next(g))

lam2 = lambda n: (yield from range(n))
print(list(lam2(3)))

def yield_in_else_of_loop():
    for i in range(2):
        yield i
    else:
        yield "for-else"
    n = 0
    while n < 1:
        n += 1
    else:
        yield "while-else"

print(list(yield_in_else_of_loop()))

def yield_as_call_argument():
    print("  printed:", (yield "arg?"))
    yield len((yield "list?"))

g = yield_as_call_argument()
print(next(g))
print(g.send("hello"))
print(g.send([1, 2, 3, 4]))

def chained_assignment():
    a = b = yield "value?"
    yield a is b, a

g = chained_assignment()
next(g)
print(g.send([1]))
