# Sending a non-None value to a just-started generator.
def gen():
    print("  body runs")
    x = yield 1
    print("  x =", x)
    yield 2

g = gen()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print("frame still there:", g.gi_frame is not None)
print(g.send(None))
print(g.send("later"))
try:
    g.send(7)
except StopIteration as e:
    print("StopIteration", e.value)

h = gen()
for bad in [0, "", [], False]:
    try:
        h.send(bad)
    except TypeError as e:
        print(repr(bad), "->", e)
print(next(h))
