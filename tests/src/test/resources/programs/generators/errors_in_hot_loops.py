# Generator errors raised from loops hot enough to be compiled: a just-started generator sent a
# value, a generator reading a local it never set, a generator resuming itself.
def fresh(k):
    yield k


def maybe_set(flag):
    if flag:
        y = 10
    yield y


def resumes_itself(box):
    while True:
        try:
            next(box[0])
        except ValueError as e:
            yield str(e)


def run(n):
    total = 0
    errors = []
    for i in range(n):
        g = fresh(i)
        if i % 1000 == 999:
            try:
                g.send(i)
            except TypeError as e:
                errors.append((i, str(e)))
        else:
            total += g.send(None)
        h = maybe_set(i % 1500 != 1499)
        try:
            total += next(h)
        except UnboundLocalError as e:
            errors.append((i, str(e)))
    return total, errors


total, errors = run(4500)
print(total)
for e in errors:
    print(*e)

box = [None]
box[0] = resumes_itself(box)
seen = set()
for i in range(3000):
    seen.add(next(box[0]))
print(seen)
