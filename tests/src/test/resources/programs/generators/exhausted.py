# Exhausted generators stay exhausted.
def three():
    yield "a"
    yield "b"
    yield "c"

g = three()
print(list(g))
print(list(g))
print(next(g, "default"))
print(next(g, None))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
for x in g:
    print("never", x)
else:
    print("for over exhausted ran else")
print(tuple(g), sum(1 for _ in g))

g = three()
print(next(g))
print("rest:", list(g))
print("again:", list(g))

squares = (n * n for n in range(4))
print(sum(squares), sum(squares))
print(max(squares, default="empty"))
print(any(squares), all(squares))

h = three()
first = list(zip(h, "xy"))
print(first)
print("left in h:", list(h))

def steps():
    print("  step 1")
    yield 1
    print("  step 2, then end")

s = steps()
print(next(s, "d1"))
print(next(s, "d2"))
print(next(s, "d3"))
