# sum/list/tuple loops re-entered: a generator summing itself, recursion through the same
# sum site, nested list/tuple of generators, and RecursionError through them.
def selfsum():
    g = yield 1
    yield sum(g)

g = selfsum()
next(g)
try:
    g.send(g)
except ValueError as e:
    print("ValueError:", e)

def tree(d):
    if d == 0:
        return 1
    return sum(tree(d - 1) for _ in range(3)) + 1
print(tree(6))

def nested(n):
    return list(list(range(i)) for i in range(n))
print(nested(4))
print(sum((x * 0.5 for x in range(4)), 1), sum(x for x in [1, 2.5, 3]))
print(tuple(tuple(x for x in range(i)) for i in range(3)))
import sys
sys.setrecursionlimit(60)
def deep(n):
    return sum(deep(n - 1) for _ in range(1)) if n else 0
try:
    deep(100)
except RecursionError as e:
    print("RecursionError:", e)
