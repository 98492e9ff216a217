# Edge cases of yield from.
def numbers():
    yield 1
    yield 2
    yield 3
    return "numbers done"

partly = numbers()
print(next(partly))

def resume_partly():
    r = yield from partly
    yield ("delegate returned", r)

print(list(resume_partly()))

def from_exhausted():
    r = yield from partly
    yield ("exhausted delegate returned", r)

print(list(from_exhausted()))

def leaky():
    yield "leaky 1"
    raise StopIteration("leaked")

def delegating_to_leaky():
    try:
        yield from leaky()
    except RuntimeError as e:
        yield "delegator caught: " + str(e) + " / " + repr(e.__cause__)

print(list(delegating_to_leaky()))

def stubborn_once():
    try:
        yield "stubborn"
    except GeneratorExit:
        print("  stubborn ignores GeneratorExit once")
    yield "second"

def wraps_stubborn():
    try:
        yield from stubborn_once()
    finally:
        print("  wrapper finally")

w = wraps_stubborn()
next(w)
try:
    w.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("wrapper finished:", w.gi_frame is None)

def explicit_generator_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  got explicit GeneratorExit")
        yield "kept going"

e = explicit_generator_exit()
next(e)
print(e.throw(GeneratorExit))
print(next(e, "end"))

def self_delegation():
    yield "first"
    yield from me

me = self_delegation()
print(next(me))
try:
    next(me)
except ValueError as err:
    print("ValueError:", err)

def inner_raises():
    yield "in"
    raise KeyError("from inner")

def outer_sees():
    try:
        yield from inner_raises()
    except KeyError as err:
        print("  outer caught", repr(err))
    yield "outer continues"

print(list(outer_sees()))

def value_chain(depth):
    if depth == 0:
        yield "bottom"
        return 0
    got = yield from value_chain(depth - 1)
    return got + 1

def top():
    r = yield from value_chain(4)
    yield ("depth counted", r)

print(list(top()))

def relay():
    received = []
    def inner():
        while True:
            x = yield len(received)
            if x is None:
                return received
            received.append(x)
    result = yield from inner()
    yield result

r = relay()
print(next(r), r.send("a"), r.send("b"), r.send(None))
