# Generator flags: yield, yield from, lambdas, generator expressions.
def gen(n):
    for i in range(n):
        received = yield i
        if received:
            print(received)
    return n


def delegate():
    result = yield from gen(3)
    return result


def not_a_generator():
    def inner():
        yield 1
    return inner


def closure_gen(limit):
    def g():
        x = 0
        while x < limit:
            yield x
            x += 1
    return g


lazy_lambda = lambda: (yield)
squares = (i * i for i in range(4))


def genexp_inside():
    return sum(j for j in range(5))
