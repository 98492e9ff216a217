# __closure__ and cell_contents.
def plain(x):
    return x + 1

print(plain.__closure__)
print((lambda: 1).__closure__)

def outer():
    a = 10
    b = "bee"
    def inner():
        return a, b
    return inner

f = outer()
print(type(f.__closure__).__name__, len(f.__closure__))
print(f.__code__.co_freevars)
print([c.cell_contents for c in f.__closure__])
print(type(f.__closure__[0]).__name__)

# Writing through cell_contents changes what the closure sees.
f.__closure__[0].cell_contents = 99
print(f())
f.__closure__[1].cell_contents = [1, 2]
print(f())

# An empty cell.
def maker():
    def get():
        return later
    cell = get.__closure__[0]
    try:
        print(cell.cell_contents)
    except ValueError as e:
        print(type(e).__name__, e)
    later = "now set"
    print(cell.cell_contents)
    del later
    try:
        cell.cell_contents
    except ValueError as e:
        print("again:", e)
    cell.cell_contents = "written"
    print(get())
    return get

g = maker()
print(g())
print(g.__closure__[0].cell_contents)

# A module-level function referencing globals has no closure.
G = 1
def uses_global():
    return G
print(uses_global.__closure__, uses_global.__code__.co_freevars)
