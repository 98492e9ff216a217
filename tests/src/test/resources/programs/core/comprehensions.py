# List, set and dict comprehensions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(3)] for i in range(3)])
print({x % 5 for x in range(12)})
print({w: len(w) for w in ["one", "three", "five"]})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print([c.upper() for c in "abc" if c != "b"])
print([y for row in [[1, 2], [3], []] for y in row])
print([x if x % 2 else -x for x in range(5)])
x = "outer"
print([x for x in "ab"], x)
n = 3
print([n * k for k in range(n)])
def make(k):
    return [k + i for i in range(k)]
print(make(4))
def comp_closure():
    base = 10
    fs = [lambda v, i=i: v + i + base for i in range(3)]
    base = 100
    return [f(1) for f in fs]
print(comp_closure())
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print(sorted({(a, b) for a in range(2) for b in range(2)}))
print({i: [j for j in range(i)] for i in range(4)})
data = [3, 1, 4, 1, 5, 9, 2, 6]
print([v for i, v in enumerate(data) if i % 2 == 0])
print(sum([v for v in data if v > 3]), max([v % 4 for v in data]))
try:
    print([1 // v for v in [1, 0]])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
def leftmost_evaluated_outside():
    seq = [1, 2, 3]
    return [seq.append(v) or v for v in seq[:]], seq
print(leftmost_evaluated_outside())
