# Errors around generator expressions consumed where they are made: who raises what, and a
# StopIteration from the expression turned into RuntimeError (PEP 479) but not one from the
# loop's body.
def check(label, f):
    try:
        print(label, f())
    except Exception as e:
        cause = e.__cause__
        print(label, type(e).__name__, e, "| cause:", type(cause).__name__ if cause else None)


class Falsy:
    def __bool__(self):
        raise KeyError("no truth")


def stop_in_element():
    it = iter([])
    return list(next(it) for _ in range(2))


def stop_in_body():
    it = iter([])
    for x in (i for i in range(2)):
        next(it)


def stop_in_condition():
    it = iter([1])
    return sum(x for x in range(3) if next(it))


check("element", lambda: sum(10 // x for x in [1, 0]))
check("condition", lambda: any(x for x in [1, 2] if x.missing))
check("truth test", lambda: any(b for b in [Falsy()]))
check("sum +", lambda: sum(x for x in [1, "s"]))
check("not iterable", lambda: list(x for x in 5))
check("inner not iterable", lambda: list(y for x in [1] for y in x))
check("unpacking", lambda: [a for a, b in (x for x in [1])])
check("stop in element", stop_in_element)
check("stop in body", stop_in_body)
check("stop in condition", stop_in_condition)


def run(n):
    # the same loops hot, then failing
    total = 0
    for i in range(n):
        total += sum(x for x in range(i % 7))
        for v in (x * 2 for x in range(3)):
            total += v
    return total




def stop_in_inner():
    it = iter([])
    return sum(x for x in (next(it) for y in range(3)))


check("nested: inner element", lambda: sum(x for x in (10 // y for y in [1, 0])))
check("nested: outer element", lambda: sum(10 // x for x in (y for y in [1, 0])))
check("nested: sum +", lambda: sum(x for x in (y for y in [1, "s"])))
check("nested: stop in inner", stop_in_inner)
check("nested: not iterable", lambda: list(x for x in (y for y in 7)))
check("max of nothing", lambda: max(x for x in range(0)))
check("min of nothing, nested", lambda: min(x for x in (y for y in [])))
check("min mixed", lambda: min(x for x in [1, "s"]))
check("max element", lambda: max(1 // x for x in [1, 0]))
check("unhashable in set", lambda: set([x] for x in range(2)))
check("unsortable", lambda: sorted(x for x in [1, "s"]))
check("sorted element", lambda: sorted(1 // x for x in [1, 0]))


def strings_then_int():
    yield "a"
    yield 1
    print("  the generator ran on")
    yield "c"


def made():
    print("  never made")
    return iter("ab")


check("join of a non-str", lambda: ", ".join(v for v in strings_then_int()))
check("join on an int", lambda: (5).join(x for x in made()))
print(run(3000))
check("hot element", lambda: run(2) + sum(1 // (x - 2) for x in range(5)))


def body_error():
    for v in (x for x in range(3)):
        if v == 2:
            raise ValueError("from the body at %d" % v)


body_error()
