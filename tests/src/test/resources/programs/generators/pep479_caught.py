# PEP 479: a StopIteration escaping a generator body becomes a RuntimeError.
def leaks_from_next():
    it = iter([1])
    yield next(it)
    yield next(it)
    yield "unreachable"

g = leaks_from_next()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, repr(e.__cause__))
    print("suppress context:", e.__suppress_context__)
print("finished:", g.gi_frame is None)
print(next(g, "default"))

def raises_directly():
    yield 1
    raise StopIteration("explicit")

try:
    print(list(raises_directly()))
except RuntimeError as e:
    print("list() saw RuntimeError:", e, "| cause:", repr(e.__cause__))

def subclass_is_not_special():
    yield 1
    raise LookupError("plain")

try:
    list(subclass_is_not_special())
except LookupError as e:
    print("LookupError passes through:", e)

def catches_its_own():
    try:
        raise StopIteration("handled")
    except StopIteration as e:
        yield "caught inside: " + str(e)
    yield "continues"

print(list(catches_its_own()))

def victim():
    yield 1
    yield 2

v = victim()
next(v)
try:
    v.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("thrown StopIteration:", e, "| cause:", repr(e.__cause__))

def from_for():
    for x in [1, 2]:
        yield x
    # a for loop catches StopIteration of its own iterator; nothing leaks
    yield "after for"

print(list(from_for()))

def return_in_gen_is_fine():
    yield 1
    return 2

try:
    for x in return_in_gen_is_fine():
        print("item", x)
except RuntimeError:
    print("never")
print("done")
