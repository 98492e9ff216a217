# Recursion through closures and mutual recursion.
def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact

fact = make_fact()
print([fact(i) for i in range(8)])
print(fact.__code__.co_freevars)

def make_parity():
    def is_even(n):
        if n == 0:
            return True
        return is_odd(n - 1)
    def is_odd(n):
        if n == 0:
            return False
        return is_even(n - 1)
    return is_even, is_odd

ev, od = make_parity()
print([ev(i) for i in range(6)])
print([od(i) for i in range(6)])
print(sorted(make_parity.__code__.co_cellvars))

def fib_counter():
    calls = 0
    def fib(n):
        nonlocal calls
        calls += 1
        if n < 2:
            return n
        return fib(n - 1) + fib(n - 2)
    r = fib(15)
    return r, calls

print(fib_counter())

# Module-level mutual recursion.
def ping(n, log):
    log.append("ping%d" % n)
    if n > 0:
        pong(n - 1, log)

def pong(n, log):
    log.append("pong%d" % n)
    if n > 0:
        ping(n - 1, log)

log = []
ping(4, log)
print(log)

def flatten(xs):
    out = []
    def walk(x, depth):
        if isinstance(x, list):
            for y in x:
                walk(y, depth + 1)
        else:
            out.append((x, depth))
    walk(xs, 0)
    return out

print(flatten([1, [2, [3, [4]], 5], [[6]]]))

def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
