# A cell keeps an int unboxed; everything else a cell can hold must still come back as it went in.

def make():
    v = 0

    def bump(d):
        nonlocal v
        v += d
        return v

    def put(x):
        nonlocal v
        v = x

    def get():
        return v

    def drop():
        nonlocal v
        del v

    return bump, put, get, drop


bump, put, get, drop = make()
for i in range(5):
    bump(i)
print(get(), type(get()).__name__)

# past the 64-bit range and back
put(2 ** 62)
bump(2 ** 62)
print(get(), type(get()).__name__)
bump(-(2 ** 63) + 5)
print(get(), type(get()).__name__)

# other kinds in the same cell, then ints again
for x in (True, 1.5, "s", None, [1], (2,), -7, False):
    put(x)
    print(repr(get()), type(get()).__name__)
put(True)
print(bump(1), type(get()).__name__)
put(2.5)
print(bump(1))
put("a")
print(bump("b"))
put(10)
print(bump(-3))

# identity of small ints kept, equality of all
put(5)
five = 5
print(get() is five, get() == five, get() is get())
put(10 ** 6)
print(get() == 10 ** 6)

# the cell object itself
c = bump.__closure__[0]
print(c.cell_contents, type(c.cell_contents).__name__)
c.cell_contents = 41
print(bump(1), get())
c.cell_contents = "x"
print(get())
drop()
try:
    get()
except NameError as e:
    print("NameError:", e)
try:
    c.cell_contents
except ValueError as e:
    print("ValueError:", e)
bump_again = None
try:
    bump(1)
except NameError as e:
    print("NameError:", e)
put(3)
print(bump(4))


# a parameter that is a cell, and a yield stored into a cell
def param_cell(n):
    def inner():
        return n * 2
    return inner


print(param_cell(21)(), param_cell("ab")())


def gen():
    total = 0

    def show():
        return total

    while True:
        total = yield show()
        if total is None:
            return


g = gen()
print(next(g), g.send(5), g.send("five"), g.send(2 ** 70))
try:
    g.send(None)
except StopIteration:
    print("done")


# a cell written from a loop, read by closures made before and after
def loop_cells():
    acc = 0
    early = lambda: acc
    for i in range(1000):
        acc += i * 3
        if i == 500:
            acc = acc * 1.0
        if i == 900:
            acc = int(acc)
    late = lambda: acc
    return early(), late(), type(early()).__name__


print(loop_cells())
print(repr(make.__code__.co_cellvars))
