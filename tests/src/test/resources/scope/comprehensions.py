# Comprehension scopes: leftmost iterable outside, walrus binding in the enclosing function.
data = [1, 2, 3]
squares = [n * n for n in data]
evens = {n for n in data if n % 2 == 0}
table = {k: v for k, v in zip(data, squares)}
lazy = (n + 1 for n in data)
nested = [[a * b for b in data] for a in data]
pairs = [(a, b) for a in data for b in range(a)]
last = [total := n for n in data]


def in_function(items, limit):
    found = [x for x in items if x < limit]
    biggest = max(y for y in items)
    if any((hit := z) > limit for z in items):
        return hit
    return found, biggest


def outer_iter_only(seq):
    return [i for i in seq]


def nested_walrus(rows):
    return [[(cell := c) for c in row] for row in rows], cell


def walrus_global():
    global counted
    return [counted := i for i in range(3)]


def comp_reads_enclosing(k):
    return {i: k for i in range(k)}, (k * j for j in range(k))


def lambda_in_comp(vals):
    return [lambda: v for v in vals]


class Holder:
    items = [1, 2]
    doubled = [i * 2 for i in items]
    shifted = [i + len(items) for i in range(3)]
