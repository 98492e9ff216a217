# Walrus inside a comprehension binds in the enclosing function.
def last_even(xs):
    evens = [last := x for x in xs if x % 2 == 0]
    return evens, last

print(last_even([1, 2, 3, 4, 5, 6, 7]))

def running_total(xs):
    total = 0
    sums = [total := total + x for x in xs]
    return sums, total

print(running_total([1, 2, 3, 4]))

def first_big(xs):
    big = [y for x in xs if (y := x * x) > 10]
    return big, y

print(first_big([1, 2, 3, 4, 5]))

def closures_see_walrus():
    fs = [lambda: w for _ in range(2) if (w := "walrus")]
    w = "changed"
    return [f() for f in fs]

print(closures_see_walrus())

def set_and_dict():
    s = {m := v % 3 for v in range(7)}
    d = {k: (n := k * 2) for k in range(4)}
    return sorted(s), m, d, n

print(set_and_dict())

# At module level the walrus binds a global.
vals = [g := i + 1 for i in range(3)]
print(vals, g)

def shows_cell():
    [q := 1 for _ in range(1)]
    return q

print(shows_cell(), shows_cell.__code__.co_cellvars)

def loop_var_does_not_leak():
    i = "outer i"
    r = [i for i in range(3)]
    return r, i

print(loop_var_does_not_leak())
