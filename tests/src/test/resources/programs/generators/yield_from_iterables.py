# yield from over plain iterables.
def from_many():
    yield from [1, 2]
    yield from (3, 4)
    yield from range(5, 8)
    yield from "xy"
    yield from {"k1": 1, "k2": 2}
    yield from {9}
    yield from (c.upper() for c in "pq")
    yield from iter([10])
    yield from []
    yield "end"

print(list(from_many()))

def result_of_list():
    r = yield from [1, 2]
    yield ("list result", r)

print(list(result_of_list()))

def send_into_list():
    yield from ["a", "b"]

g = send_into_list()
next(g)
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)

def send_none_into_list():
    yield from ["a", "b", "c"]

g = send_none_into_list()
print(next(g), g.send(None), g.send(None))

def throw_into_range():
    try:
        yield from range(3)
    except ValueError as e:
        yield "caught " + str(e)

g = throw_into_range()
print(next(g))
print(g.throw(ValueError("thrown")))

def not_iterable():
    yield from 5

try:
    list(not_iterable())
except TypeError as e:
    print("TypeError:", e)

def lazily_consumed():
    it = iter(range(10))
    yield from it
    
src = lazily_consumed()
print(next(src), next(src))
print(list(src))

def mutate_while_delegating():
    data = [1, 2]
    for x in data:
        if x < 4:
            data.append(x + 2)
    yield from data

print(list(mutate_while_delegating()))
