# A generator's locals change kind (int, then float, bool, str, None) while it is hot: each store
# must widen the slot of the generator's own frame, whatever the stores before it specialized on.


def drift(n):
    x = 0
    for i in range(n):
        if i == n // 2:
            x = 0.5
        elif i == n - 3:
            x = True
        elif i == n - 2:
            x = "s"
        elif i == n - 1:
            x = None
        else:
            x = i if isinstance(x, int) else x + 1
        yield x


def consume(n):
    out = []
    for v in drift(n):
        out.append(v)
    return out


for n in (10, 2000, 20000):
    r = consume(n)
    print(n, r[:3], r[n // 2 - 1: n // 2 + 2], r[-4:])


def widening_total(n):
    total = 0
    for i in range(n):
        total += i
        yield total
    total = total / 3
    yield total
    total = str(total)
    yield total


print(list(widening_total(5)), sum(1 for _ in widening_total(30000)))
