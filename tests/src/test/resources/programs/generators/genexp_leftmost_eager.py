# The leftmost iterable of a generator expression is evaluated where it stands.
def noisy(label, items):
    print("  evaluating", label)
    return items

def show(x):
    print("  element", x)
    return x

g = (show(x) for x in noisy("outer", [1, 2]) for y in noisy("inner", "ab"))
print("genexp created")
print(next(g))
print(list(g))

try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)

try:
    bad = (x for x in None)
except TypeError as e:
    print("TypeError at creation:", e)

lazy_bad = (y for x in [1] for y in 5)
print("inner non-iterable not checked yet")
try:
    next(lazy_bad)
except TypeError as e:
    print("TypeError at next:", e)

items = [1, 2, 3]
g = (i * 10 for i in items)
items = [7, 8, 9]
print("rebinding the name does not matter:", list(g))

items = [1, 2, 3]
g = (i * 10 for i in items)
items.append(4)
print("mutating the list does:", list(g))

items = [1, 2, 3]
g = (i for i in items)
print(next(g))
items.insert(0, 0)
print("after inserting at front:", list(g))

def make():
    try:
        return (x for x in undefined_name)
    except NameError as e:
        print("NameError at creation:", e)
        return iter(["fallback"])

print(list(make()))

class_free = (z for z in range(3) if unknown)
print("condition names are looked up lazily")
try:
    next(class_free)
except NameError as e:
    print("NameError at next:", e)
