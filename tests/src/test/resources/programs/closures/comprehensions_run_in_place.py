# Comprehensions run in the enclosing function's frame must still behave as their own scopes
# (CPython 3.11): their names are theirs, their cells are new each time, a StopIteration passes
# through unchanged, and their errors carry a <listcomp>/<setcomp>/<dictcomp> frame.
def scopes():
    x = "outer"
    xs = [x for x in range(3)]
    return x, xs


print(scopes())


def fresh_cells(n):
    made = []
    for k in range(n):
        made.append([lambda: i * k for i in range(3)])
    return [[f() for f in fs] for fs in made], made[0][0].__closure__[0] is made[1][0].__closure__[0]


print(fresh_cells(2))


def nested(rows):
    return [[c * r for c in range(r)] for r in rows], {r: {c for c in range(r)} for r in rows}


print(nested([1, 2, 3]))


def in_a_hot_loop(n):
    small = list(range(10))
    t = 0
    for i in range(n):
        t += len([x * i for x in small if x % 3])
        t += sum([x + 1 for x in small])
        t += len({x % 4 for x in small}) + len({x: i for x in small})
    return t


print(in_a_hot_loop(3000))


def order():
    log = []

    def f(tag, v):
        log.append(tag)
        return v

    d = {f("k%d" % i, i): f("v%d" % i, i * i) for i in f("iter", range(2))}
    return d, log


print(order())


def stop_passes():
    it = iter([])
    try:
        return [next(it) for _ in range(2)]
    except StopIteration:
        return "StopIteration passed through"


print(stop_passes())


def check(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


check("unhashable in a set comprehension", lambda: {[x] for x in range(2)})
check("unhashable key", lambda: {[x]: 1 for x in range(2)})
check("not iterable", lambda: [x for x in 3])
check("inner not iterable", lambda: [y for x in [1] for y in x])


def tree(n):
    return 1 if n == 0 else sum([tree(n - 1) for _ in range(2)])


print(tree(6))


def in_generator():
    yield [x * 2 for x in range(3)]
    got = yield "send"
    yield {x: got for x in range(2)}
    yield [x for x in (yield "again")]


g = in_generator()
print(next(g), next(g), g.send("s"), next(g), g.send("ab"))


class Namespace:
    base = [1, 2]
    doubled = [v * 2 for v in base]


print(Namespace.doubled)


def fails():
    return [1 // (x - 2) for x in range(4)]


fails()
