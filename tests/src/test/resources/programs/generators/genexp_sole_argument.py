# A generator expression as the only argument needs no extra parentheses.
print(sum(x for x in range(10)))
print(sum(x * x for x in range(10) if x % 2))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(min(-x for x in [3, 1, 2]))
print(list(c for c in "hi"))
print(tuple(n for n in range(3)))
print(sorted(x % 4 for x in range(9)))
print(set(x % 3 for x in range(10)))
print(any(x > 5 for x in range(7)), all(x < 5 for x in range(7)))
print("-".join(str(x) for x in range(4)))
print(sum((x for x in range(4)), 100))
print(sorted((x for x in range(5)), reverse=True))
print(max((x for x in []), default="none"))

def takes_one(arg):
    return type(arg).__name__, list(arg)

print(takes_one(x for x in "ab"))

def takes_star(*args):
    return [list(a) for a in args]

print(takes_star((x for x in "ab"), (y for y in "cd")))

total = 0
for v in (x * 2 for x in range(5)):
    total += v
print(total)

print(dict((k, v) for k, v in zip("abc", range(3))))
print(list(enumerate(x for x in "xyz")))
print(sum(sum(x for x in range(n)) for n in range(5)))
