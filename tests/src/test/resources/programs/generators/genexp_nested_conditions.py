# Conditions and nested generator expressions.
nums = range(20)
print(list(x for x in nums if x % 2 if x % 3))
print(list(x for x in nums if x % 2 == 0 and x % 3 == 0))
print(list((x, y) for x in range(4) if x for y in range(x) if (x + y) % 2))

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
row_sums = (sum(v for v in row) for row in matrix)
print(list(row_sums))
transposed = (tuple(row[i] for row in matrix) for i in range(3))
print(list(transposed))
diag = (matrix[i][j] for i in range(3) for j in range(3) if i == j)
print(list(diag))

outer = (((i, j) for j in range(i)) for i in range(4))
for inner in outer:
    print(list(inner))

gens = [(i * k for k in range(3)) for i in range(3)]
print([list(g) for g in gens])

lazy_inner = ((i, j) for i in range(3) for j in (k for k in range(i)))
print(list(lazy_inner))

words = ["apple", "kiwi", "banana", "fig", "cherry"]
long_upper = (w.upper() for w in words if len(w) > 4)
print(", ".join(long_upper))
print(dict((w, len(w)) for w in words if "i" in w))

def chain(*its):
    return (x for it in its for x in it)

print(list(chain("ab", [1], (), range(2))))

nested_cond = (x for x in (y * 2 for y in range(10) if y % 3 == 0) if x > 0)
print(list(nested_cond))

print(list(x if x % 2 else -x for x in range(6)))
print(list((lambda v: v * v)(x) for x in range(4)))
