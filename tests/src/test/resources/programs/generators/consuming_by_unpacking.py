# Unpacking, star-arguments, `in` and list methods consume generators step by step.
def gen(n):
    for i in range(n):
        print("  gen yields", i)
        yield i
    print("  gen exhausted")

a, b = gen(2)
print("a, b =", a, b)

try:
    a, b = gen(3)
except ValueError as e:
    print("ValueError:", e)

try:
    a, b, c = gen(2)
except ValueError as e:
    print("ValueError:", e)

first, *rest = gen(3)
print(first, rest)

print(*gen(2), sep=" | ")

def takes(*args):
    return args

print(takes(*gen(2), "end"))

g = gen(6)
print("3 in g:", 3 in g)
print("left after in:", list(g))
g = gen(2)
print("9 in g:", 9 in g)

target = ["start"]
target.extend(gen(2))
print(target)

d = {}
d.update((str(i), i) for i in gen(2))
print(d)

s = set()
s.update(x * 10 for x in gen(2))
print(sorted(s))

def lines():
    yield "a"
    yield 2
    yield "c"

try:
    print("".join(lines()))
except TypeError as e:
    print("TypeError:", e)

try:
    min(x for x in [])
except ValueError as e:
    print("ValueError:", e)

try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)

try:
    dict(x for x in gen(2))
except TypeError as e:
    print("TypeError:", e)

x, (y, z) = (v for v in [1, (2, 3)])
print(x, y, z)

for i, (p, q) in enumerate((n, n * n) for n in range(3)):
    print(i, p, q)
