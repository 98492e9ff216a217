# Closures created inside generators: late binding vs. default arguments.
def late():
    for i in range(3):
        yield lambda: i

funcs = list(late())
print([f() for f in funcs])

# consumed one at a time, each lambda is called while i still has its value
print([f() for f in late()])

def early():
    for i in range(3):
        yield lambda i=i: i

print([f() for f in early()])

def shared_cell():
    fs = []
    x = "start"
    for x in ["p", "q"]:
        fs.append(lambda: x)
        yield [f() for f in fs]
    x = "changed after loop"
    yield [f() for f in fs]

print(list(shared_cell()))

# A generator that closes over its enclosing function's variables.
def make_counter_gen():
    step = 1
    def gen():
        n = 0
        while True:
            yield n
            n += step
    def set_step(s):
        nonlocal step
        step = s
    return gen(), set_step

g, set_step = make_counter_gen()
print(next(g), next(g))
set_step(10)
print(next(g), next(g))
set_step(-5)
print(next(g))
print(g.gi_code.co_freevars, g.gi_code.co_varnames)

# A generator reading a global that changes between resumptions.
factor = 2
def scaled(items):
    for it in items:
        yield it * factor

s = scaled([1, 2, 3])
print(next(s))
factor = 100
print(list(s))

# Closure over a generator's parameter
def adders(bases):
    for b in bases:
        def add(x):
            return x + b
        yield add

adds = list(adders([1, 10]))
print([a(5) for a in adds])
it = adders([1, 10])
first = next(it)
print(first(5))
second = next(it)
print(first(5), second(5))
