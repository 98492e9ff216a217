# Decorators without arguments.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", fn.__name__, result)
        return result
    return wrapper

@trace
def add(a, b=0):
    return a + b

add(1, 2)
add(5, b=7)
print(add.__name__, add.__qualname__)
print(add.__code__.co_freevars)

def count_calls(fn):
    n = 0
    def wrapper(*args):
        nonlocal n
        n += 1
        return fn(*args), n
    return wrapper

@count_calls
def sq(x):
    return x * x

print(sq(2), sq(3), sq(4))

def replace_with_constant(fn):
    return 42

@replace_with_constant
def gone():
    pass

print(gone)

registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn

@register
def first():
    return "first"

@register
def second():
    return "second"

print(registry, first(), second())

# Decorator evaluation order relative to the def.
def loud(fn):
    print("decorating", fn.__name__)
    return fn

print("before def")
@loud
def quiet():
    return "quiet"
print("after def", quiet())
