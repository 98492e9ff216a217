# The type names of built-in iterators.
print(type(iter([])).__name__)
print(type(iter(())).__name__)
print(type(iter(range(3))).__name__)
print(type(iter("ab")).__name__)
print(type(iter({})).__name__)
print(type(iter(set())).__name__)
print(type(iter({}.items())).__name__)
print(type(iter({}.keys())).__name__)
print(type(iter({}.values())).__name__)
print(type(reversed([1])).__name__)
print(type(reversed(range(2))).__name__)
print(type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__)
print(type(enumerate([])).__name__)
print(type((x for x in [])).__name__)

for it in [iter([1, 2]), iter((1, 2)), iter(range(1, 3)), iter("12"), iter({1: 0, 2: 0}), iter({1, 2})]:
    print(type(it).__name__, next(it), iter(it) is it, list(it), next(it, "done"))

it = iter([1, 2, 3])
print(next(it))
print(list(it))

r = iter(range(0, 10, 3))
print(next(r), next(r), list(r))

d = {"a": 1, "b": 2}
items = iter(d.items())
print(next(items), list(items))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration from list iterator:", e.args)
