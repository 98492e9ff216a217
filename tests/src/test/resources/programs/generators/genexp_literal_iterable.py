# CPython compiles a list display used as a for-iterable into a tuple (and a set
# display into a frozenset); a generator expression's hidden '.0' shows the result.
a, b = 1, 2
def iter_type(g):
    return type(g.gi_frame.f_locals[".0"]).__name__

print(iter_type(x for x in [5, 6]))
print(iter_type(x for x in [a, b]))
print(iter_type(x for x in [a, 5, "s"]))
print(iter_type(x for x in (a, b)))
print(iter_type(x for x in {5, 6}))
print(iter_type(x for x in [*[a], b]))
print(iter_type(x for x in []))
named = [5, 6]
print(iter_type(x for x in named))
print(iter_type(x for x in list((5, 6))))
print(iter_type(x for x in "ab"))
print(iter_type(x for x in range(2)))
print(iter_type(x for x in {"k": 1}))
g = (x for x in [a, b])
print(list(g))
