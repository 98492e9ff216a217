# Uncaught IndexError from a list.
def nth(xs, n):
    return xs[n]

data = [10, 20, 30]
print(nth(data, 0), nth(data, -1), nth(data, 2))
print(nth(data, 3))
