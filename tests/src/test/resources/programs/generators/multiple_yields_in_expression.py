# Several yields inside one expression, evaluated left to right.
def add_two():
    total = (yield 1) + (yield 2)
    print("  total", total)
    yield total

g = add_two()
print(next(g))
print(g.send(10))
print(g.send(32))

def collect():
    pair = [(yield "first"), (yield "second")]
    yield pair

g = collect()
print(next(g), g.send("A"), g.send("B"))

def in_call():
    result = max((yield "a"), (yield "b"), (yield "c"))
    yield "max is " + str(result)

g = in_call()
print(next(g))
print(g.send(3))
print(g.send(9))
print(g.send(4))

def in_dict_and_tuple():
    d = {(yield "key"): (yield "value")}
    t = ((yield "t0"), (yield "t1"))
    yield d, t

g = in_dict_and_tuple()
out = [next(g)]
for v in ["K", "V", 0, 1]:
    out.append(g.send(v))
print(out)

def nested():
    x = yield (yield "inner")
    yield ("x", x)

g = nested()
print(next(g))
print(g.send("sent to inner"))
print(g.send("sent to outer"))

def in_fstring():
    s = f"[{(yield 'L')}|{(yield 'R')}]"
    yield s

g = in_fstring()
next(g)
g.send("left")
print(g.send("right"))

def in_subscript_and_compare():
    data = [10, 20, 30]
    v = data[(yield "index?")]
    ok = (yield "low?") < v < (yield "high?")
    yield v, ok

g = in_subscript_and_compare()
print(next(g), g.send(1), g.send(5), g.send(25))

def list_of_nones():
    yield [(yield), (yield)]

print(list(list_of_nones()))
