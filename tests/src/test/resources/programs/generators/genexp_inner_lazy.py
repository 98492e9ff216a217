# Everything but the leftmost iterable runs lazily, inside the generator.
tens = [10, 20]
units = [1, 2]
g = (t + u for t in tens for u in units)
print(next(g))
units = [5, 6, 7]
print("after rebinding units:", list(g))

tens = [10, 20]
units = [1, 2]
g = (t + u for t in tens for u in units)
units = [3]
print("rebinding before first next:", list(g))

tens = [10, 20]
units = [1, 2]
g = (t + u for t in tens for u in units)
tens = [100]
print("rebinding tens does not matter:", list(g))

threshold = 2
g = (x for x in range(6) if x > threshold)
print(next(g))
threshold = 4
print("condition reads the new threshold:", list(g))

def in_function():
    base = 1
    g = (base + x for x in range(3))
    print(next(g))
    base = 100
    print(list(g))
    return g

in_function()

def with_walrus():
    g = (last := x for x in "abc")
    print(next(g))
    print("walrus bound in the enclosing function:", last)
    for _ in g:
        pass
    return last

print(with_walrus())

rows = [[1, 2], [3]]
g = (cell for row in rows for cell in row)
print(next(g))
rows[1].append(4)
rows.append([5])
print("appended rows and cells are seen:", list(g))
