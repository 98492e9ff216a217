# __defaults__ in various shapes.
def none(a, b):
    pass
print(none.__defaults__)

def some(a, b=2, c="three"):
    return (a, b, c)
print(some.__defaults__)
print(some(1), some(1, 20), some(1, c="x"))

def kwonly(a, *, k=5):
    return a + k
print(kwonly.__defaults__)
print(kwonly(1), kwonly(1, k=10))

x = [1]
def mutable(d=x):
    return d
x.append(2)
print(mutable(), mutable.__defaults__)

# Replacing __defaults__ affects later calls.
def greet(name="world", punct="!"):
    return "hello " + name + punct
print(greet())
greet.__defaults__ = ("there", "?")
print(greet())
greet.__defaults__ = ("you",)
print(greet.__defaults__)
try:
    print(greet())
except TypeError as e:
    print(type(e).__name__, e)
print(greet("me"))

lam = lambda p, q=1, *r: (p, q, r)
print(lam.__defaults__, lam(0), lam(0, 2, 3, 4))

def make(n):
    def f(a=n, b=n * n):
        return a, b
    return f
print(make(3).__defaults__, make(4)())
