# A decorator factory whose state is shared by every function it decorates.
def limiter(maxcalls):
    used = [0]
    def deco(fn):
        def w(*a):
            if used[0] >= maxcalls:
                return "limit"
            used[0] += 1
            return fn(*a)
        return w
    return deco

lim = limiter(3)
@lim
def f(x):
    return x + 1
@lim
def g(x):
    return x * 2

print(f(1), g(1), f(2), g(2), f(3))
print(f.__qualname__)

# Each call of the factory makes a fresh, independent state cell.
def call_log(prefix):
    log = []
    def deco(fn):
        def w(*a):
            log.append(prefix + fn.__name__ + str(a))
            return fn(*a)
        return w
    def entries():
        return list(log)
    return deco, entries

deco_a, entries_a = call_log("A:")
deco_b, entries_b = call_log("B:")

@deco_a
def one(x):
    return x

@deco_b
def two(x, y):
    return x + y

one(1); two(2, 3); one(4)
print(entries_a())
print(entries_b())
print(deco_a.__code__.co_freevars, one.__code__.co_freevars)
