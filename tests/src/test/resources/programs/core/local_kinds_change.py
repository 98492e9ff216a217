# A local assigned ints, then a float, a big int, a str and None in the same statement.
def kinds(values):
    out = []
    for v in values:
        x = v
        out.append(type(x).__name__)
    return out


def grow(n):
    x = 1
    for i in range(n):
        x = x * 3 + i
    return x


def flip(n):
    x = 0
    for i in range(n):
        x = i if i % 3 else str(i)
    return x


print(kinds([1, 2, 3, 2.5, 10 ** 30, "s", None, True, 4]))
print(grow(10), grow(100))
print(flip(7), flip(9))
for k in range(3):
    print(grow(45 + k))
