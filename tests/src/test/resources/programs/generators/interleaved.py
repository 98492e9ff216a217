# Two or more generators advanced alternately keep their own state.
def counter(name, start, step):
    n = start
    while True:
        print("  ", name, "at", n)
        yield name, n
        n += step

a = counter("a", 0, 1)
b = counter("b", 100, -10)
for _ in range(3):
    print(next(a))
    print(next(b))
print(next(a), next(a), next(b))

def round_robin(*gens):
    gens = list(gens)
    while gens:
        g = gens.pop(0)
        try:
            value = next(g)
        except StopIteration:
            print("  exhausted one, remaining", len(gens))
            continue
        yield value
        gens.append(g)

print(list(round_robin(iter("ab"), iter([1, 2, 3, 4]), (x for x in "XYZ"))))

def tag(label, items):
    for x in items:
        yield label + str(x)

def merge(g1, g2):
    while True:
        v1 = next(g1, None)
        v2 = next(g2, None)
        if v1 is None and v2 is None:
            return
        yield v1, v2

print(list(merge(tag("L", range(3)), tag("R", range(1)))))

def ping_pong():
    got = yield "serve"
    while got < 4:
        got = yield "ball " + str(got)

p = ping_pong()
q = ping_pong()
print(next(p), next(q))
print(p.send(1), q.send(2), p.send(3), q.send(3))
print(p.send(2))
try:
    q.send(9)
except StopIteration:
    print("q finished")
print(p.send(3))
