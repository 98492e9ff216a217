# Generator functions with defaults, *args, **kwargs and keyword-only parameters.
def gen(a, b=2, *rest, scale=1, **opts):
    yield a * scale
    yield b * scale
    for r in rest:
        yield r * scale
    for k in sorted(opts):
        yield k, opts[k]

print(list(gen(1)))
print(list(gen(1, 3, 4, 5)))
print(list(gen(1, scale=10)))
print(list(gen(1, 2, 3, scale=-1, z=1, y=2)))

try:
    gen()
except TypeError as e:
    print("TypeError:", e)

def arg_evaluated_at_call(x):
    print("  body runs only at first next, x =", x)
    yield x

def noisy(v):
    print("  evaluating argument", v)
    return v

g = arg_evaluated_at_call(noisy(5))
print("generator created")
print(next(g))

def mutable_default(acc=[]):
    acc.append(len(acc))
    yield list(acc)

print(next(mutable_default()), next(mutable_default()), next(mutable_default([9])))

def unpacking(*args):
    first, *middle, last = args
    yield first
    yield middle
    yield last

print(list(unpacking(1, 2, 3, 4)))

def gen_with_lambda_default(f=lambda x: x + 1):
    n = 0
    while n < 10:
        n = f(n)
        yield n

print(list(gen_with_lambda_default(lambda x: x * 2 + 1)))
print(list(gen_with_lambda_default()))
print(gen.__defaults__, gen.__kwdefaults__, gen.__code__.co_argcount)

def recursive_count(n):
    if n > 0:
        for x in recursive_count(n - 1):
            yield x
        yield n

print(list(recursive_count(5)))
