# yield inside while, for, if and try bodies, and in nested loops.
def counting(limit):
    i = 0
    while i < limit:
        print("  while body, i =", i)
        yield i
        i += 1
    print("  while done")

print(list(counting(3)))

def evens_and_odds(items):
    for x in items:
        if x % 2 == 0:
            yield ("even", x)
        elif x % 3 == 0:
            yield ("odd3", x)
        else:
            print("  skipping", x)

for tag, value in evens_and_odds([1, 2, 3, 4, 5, 9]):
    print(tag, value)

def guarded(values):
    for v in values:
        try:
            yield 10 // v
        except ZeroDivisionError:
            print("  zero in values")
            yield "inf"

print(list(guarded([5, 0, 2])))

def grid(rows, cols):
    for r in range(rows):
        for c in range(cols):
            if c > r:
                break
            yield r, c
        print("  row", r, "done")

g = grid(3, 3)
print(next(g))
print(next(g))
print(next(g))
print(list(g))

def deep():
    n = 0
    while True:
        for i in range(2):
            for j in range(2):
                n += 1
                yield (n, i, j)
        if n >= 8:
            return

print([t for t in deep()])
