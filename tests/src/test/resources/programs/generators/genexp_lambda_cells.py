# Lambdas made inside a generator expression share the loop variable's one cell.
fs = list(lambda: i for i in range(4))
print([f() for f in fs])

fs = list(lambda i=i: i for i in range(4))
print([f() for f in fs])

# Called while the generator is suspended, each sees the current value.
seen = []
for f in (lambda: i for i in range(3)):
    seen.append(f())
print(seen)

g = (lambda: i for i in "abc")
f1 = next(g)
print(f1())
f2 = next(g)
print(f1(), f2())
list(g)
print(f1(), f2())
print(f1.__closure__ is not None, len(f1.__closure__))
print(f1.__closure__[0] is f2.__closure__[0])
print(f1.__closure__[0].cell_contents)

fs = list(lambda x: x * i for i in range(1, 4))
print([f(10) for f in fs])

pairs = list((lambda: i, lambda: j) for i in range(2) for j in range(2))
print([(a(), b()) for a, b in pairs])

def outer():
    k = "outer k"
    return list(lambda: (i, k) for i in range(2))

print([f() for f in outer()])

adders = list((lambda n: lambda x: x + n)(i) for i in range(3))
print([a(100) for a in adders])
