# return x ends the generator with StopIteration(x); the value is in .value.
def with_value(n):
    for i in range(n):
        yield i
    return n * 100

g = with_value(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args, "type:", type(e).__name__)
try:
    next(g)
except StopIteration as e:
    print("second time value:", e.value, "args:", e.args)

def bare_return():
    yield "x"
    return

g = bare_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("bare return:", e.value, e.args)

def falls_off():
    yield "y"

g = falls_off()
next(g)
try:
    next(g)
except StopIteration as e:
    print("fall off:", e.value, e.args)

def returns_tuple():
    yield
    return 1, "two"

g = returns_tuple()
next(g)
try:
    next(g)
except StopIteration as e:
    print("tuple value:", e.value, "args:", e.args)

def returns_none_explicitly():
    yield
    return None

g = returns_none_explicitly()
next(g)
try:
    g.send(None)
except StopIteration as e:
    print("explicit None:", e.value, e.args)

def early(flag):
    if flag:
        return "early exit"
    yield "produced"

g = early(True)
try:
    next(g)
except StopIteration as e:
    print("before any yield:", e.value)
print(list(early(False)), list(early(True)))

# list() and for ignore the return value
def counted():
    yield 1
    yield 2
    return "ignored"

print(list(counted()), [x * 2 for x in counted()], sum(counted()))
print(next(counted()), next(iter(counted())))
