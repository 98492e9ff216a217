# A loop of a few iterations per entry inside a long one, in a function called once: the long loop
# is compiled on its own with the short one inside; the short one is never entered on its own.
def bank(n):
    fs = [(lambda k: lambda x: x + k)(k) for k in range(20)]
    total = 0
    for i in range(n):
        acc = i
        for f in fs:
            acc = f(acc) % 1000
        total += acc
    return total


print(bank(20000))
