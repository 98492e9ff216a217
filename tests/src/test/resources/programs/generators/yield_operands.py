# Operands evaluated before a yield in the same statement are evaluated once, as in CPython:
# resuming continues the statement where it stood, without calling or reading them again.
log = []


def note(tag, value):
    log.append(tag)
    return value


class Box:
    def __init__(self):
        self.total = 100
        self.items = [0, 10, 20]


def binary():
    x = note("left", 1) + (yield "a")
    y = (yield "b") + note("right", 2) + (yield "c")
    return x, y


def call_args():
    r = note("fn", max)(note("arg1", 3), (yield "d"), note("arg3", 4))
    return r


def compare_and_bool():
    a = note("lo", 0) < (yield "e") < note("hi", 10)
    b = note("first", 0) or (yield "f")
    c = note("cond", True) and (yield "g")
    return a, b, c


def containers():
    t = (note("t0", 0), (yield "h"), note("t2", 2))
    d = {note("k1", "k1"): note("v1", 1), "k2": (yield "i")}
    s = f"{note('fmt', 'x')}-{(yield 'j')}"
    return t, d, s


def aug_name():
    total = 5
    total += yield "k"
    return total


def aug_global():
    global G
    G += yield "l"
    return G


def aug_attr(box):
    note("box", box).total += yield "m"
    return box.total


def aug_item(box):
    note("items", box.items)[note("index", 1)] += yield "n"
    return box.items


def in_loop():
    out = []
    for i in range(3):
        out.append(note("loop", i) * 10 + (yield i))
    return out


def two_yields_one_call():
    return note("pair", lambda a, b: (a, b))((yield "o"), (yield "p"))


def drive(gen, sends):
    log.clear()
    first = next(gen)
    got = [first]
    try:
        for s in sends:
            got.append(gen.send(s))
    except StopIteration as e:
        print(gen.__name__, got, "->", e.value, log)
        return
    print(gen.__name__, "did not finish", got, log)


drive(binary(), [10, 20, 30])
drive(call_args(), [7])
drive(compare_and_bool(), [5, 0, "yes"])
drive(containers(), [1, 2, 3])
drive(aug_name(), [6])
G = 1
drive(aug_global(), [2])


def change_global():
    global G
    gen = aug_global()
    next(gen)
    G = 1000  # rebound while suspended: the value read before the yield counts
    try:
        gen.send(2)
    except StopIteration as e:
        print("global rebound while suspended ->", e.value, G)


change_global()
box = Box()
gen = aug_attr(box)
next(gen)
box.total = 5000  # changed while suspended: CPython adds to the value it read before
try:
    gen.send(1)
except StopIteration as e:
    print("attribute changed while suspended ->", e.value)
box = Box()
gen = aug_item(box)
next(gen)
box.items[1] = 7000
try:
    gen.send(1)
except StopIteration as e:
    print("item changed while suspended ->", e.value)
drive(in_loop(), [1, 2, 3])
drive(two_yields_one_call(), ["x", "y"])


def thrown():
    try:
        v = note("before", 1) + (yield "q")
    except ValueError:
        v = note("handler", -1)
    w = note("after", 2) + (yield "r")
    return v, w


gen = thrown()
log.clear()
next(gen)
print(gen.throw(ValueError("boom")), log)
try:
    gen.send(3)
except StopIteration as e:
    print("thrown ->", e.value, log)
