# gi_frame, f_locals and f_lineno of generators and generator expressions.
def walker(limit):
    total = 0
    for i in range(limit):
        total += i
        yield i
    label = "done"
    yield label

g = walker(3)
print("unstarted locals:", g.gi_frame.f_locals)
print("unstarted lineno:", g.gi_frame.f_lineno)
next(g)
loc = g.gi_frame.f_locals
print("keys:", sorted(loc))
print("values:", loc["limit"], loc["total"], loc["i"])
print("lineno at first yield:", g.gi_frame.f_lineno)
next(g)
next(g)
print("after three:", g.gi_frame.f_locals["total"], g.gi_frame.f_locals["i"])
next(g)
print("keys at second yield:", sorted(g.gi_frame.f_locals))
print("lineno at second yield:", g.gi_frame.f_lineno)
print("label:", g.gi_frame.f_locals["label"])
print(next(g, "end"))
print("finished frame:", g.gi_frame)

five_six = [5, 6]
ge = (x * 2 for x in five_six)
print("genexp keys before start:", sorted(ge.gi_frame.f_locals))
print(type(ge.gi_frame.f_locals[".0"]).__name__)
next(ge)
print("genexp keys:", sorted(ge.gi_frame.f_locals))
print("x =", ge.gi_frame.f_locals["x"])
print("genexp lineno:", ge.gi_frame.f_lineno)
list(ge)
print("genexp finished frame:", ge.gi_frame)

def outer():
    k = 7
    return (x + k for x in range(2) for y in "ab")

ge2 = outer()
next(ge2)
print("nested genexp keys:", sorted(ge2.gi_frame.f_locals))
print("k via free var:", ge2.gi_frame.f_locals["k"], "y:", ge2.gi_frame.f_locals["y"])

def lines():
    yield 1

    yield 2
    # comment
    yield 3

g = lines()
for _ in range(3):
    next(g)
    print("at line", g.gi_frame.f_lineno, "offset", g.gi_frame.f_lineno - lines.__code__.co_firstlineno)

def thrower():
    try:
        yield "a"
    except ValueError:
        yield "b"

t = thrower()
next(t)
line_a = t.gi_frame.f_lineno
t.throw(ValueError)
print("handler yield is", t.gi_frame.f_lineno - line_a, "lines below")

def with_cell():
    v = "cell value"
    f = lambda: v
    yield f

g = with_cell()
next(g)
print("cell local:", g.gi_frame.f_locals["v"], sorted(g.gi_frame.f_locals))
