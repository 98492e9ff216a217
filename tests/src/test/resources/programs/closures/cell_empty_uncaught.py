# Reading an empty cell's contents without catching the error.
def make():
    def f():
        return missing
    print(f.__code__.co_freevars)
    return f
    missing = 1

f = make()
c = f.__closure__[0]
print("have cell")
print(c.cell_contents)
