# A resume lands in the one part of a statement that holds the yield it suspended at: the test,
# the body or the else of a while or for, the test or a branch of an if, one statement of a
# block, including parts whose siblings hold no yield at all. Each generator runs often enough
# for its consumer to be compiled.

LOG = []


def while_test_only(n):
    i = 0
    while (yield i) is None and i < n:
        i += 1
    LOG.append(("after", i))


def while_else_only(n):
    i = 0
    while i < n:
        i += 1
    else:
        yield -i
        yield -2 * i
    yield 99


def while_body_and_else(n):
    i = 0
    while i < n:
        i += 1
        if i % 2:
            continue
        yield i
    else:
        yield "else"


def for_iter_and_body(n):
    for k in range((yield "start") or n):
        yield k * k
    LOG.append("done for")


def for_else_only(xs):
    for x in xs:
        if x < 0:
            break
    else:
        yield "no negatives"
    yield "end"


def if_parts(xs):
    for x in xs:
        if x % 3 == 0:
            yield ("three", x)
        elif (yield ("asked", x)) == "skip":
            continue
        else:
            LOG.append(("plain", x))
        yield ("tail", x)


def block_last(n):
    total = 0
    for i in range(n):
        total += i
        yield total
        total -= 1
        total *= 1
    LOG.append(("total", total))


def run_all(rounds):
    out = []
    g = while_test_only(3)
    out.append(next(g))
    try:
        while True:
            out.append(g.send(None))
    except StopIteration:
        pass
    out.extend(while_else_only(rounds))
    out.extend(while_body_and_else(rounds))
    f = for_iter_and_body(0)
    out.append(next(f))
    out.extend([f.send(3)] + list(f))
    out.extend(for_else_only([1, 2, 3]))
    out.extend(for_else_only([1, -2, 3]))
    p = if_parts(range(6))
    v = next(p)
    while True:
        out.append(v)
        try:
            v = p.send("skip" if v[0] == "asked" and v[1] == 4 else None)
        except StopIteration:
            break
    out.extend(block_last(rounds))
    return out


print(run_all(6))
print(LOG)
check = 0
for r in range(300):
    for v in run_all(8):
        check = (check * 31 + hash(v if not isinstance(v, str) else len(v))) % 1000003 if not isinstance(v, tuple) else (check + v[1]) % 1000003
print("check", check, len(LOG))
