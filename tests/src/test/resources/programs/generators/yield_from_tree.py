# Recursion through yield from: walking nested structures.
tree = ("root", [("a", [("a1", []), ("a2", [("a2x", [])])]), ("b", []), ("c", [("c1", [])])])

def preorder(node, depth=0):
    name, children = node
    yield depth, name
    for child in children:
        yield from preorder(child, depth + 1)

for depth, name in preorder(tree):
    print("  " * depth + name)

def postorder(node):
    name, children = node
    for child in children:
        yield from postorder(child)
    yield name

print(list(postorder(tree)))

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x

print(list(flatten([1, [2, [3, [4, []]], 5], [[[6]]]])))

def count_nodes(node):
    name, children = node
    total = 1
    for child in children:
        total += yield from count_nodes(child)
    yield name
    return total

g = count_nodes(tree)
names = []
while True:
    try:
        names.append(next(g))
    except StopIteration as e:
        print("total nodes:", e.value)
        break
print(names)

def hanoi(n, src, dst, via):
    if n == 0:
        return
    yield from hanoi(n - 1, src, via, dst)
    yield (n, src, dst)
    yield from hanoi(n - 1, via, dst, src)

moves = list(hanoi(3, "A", "C", "B"))
print(len(moves), moves[:4])

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest

print(["".join(p) for p in permutations("abc")])

def deep(n):
    if n:
        yield from deep(n - 1)
    yield n

print(sum(deep(200)))
