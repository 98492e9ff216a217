# gi_frame.f_locals follows the generator's locals as they are bound, rebound and deleted.
def changing():
    a = 1
    yield "a bound"
    b = [a, a]
    yield "b bound"
    del a
    yield "a deleted"
    try:
        raise KeyError("k")
    except KeyError as err:
        yield "in handler"
    yield "after handler"
    for i in range(2):
        pass
    yield "after loop"

def show(g):
    loc = g.gi_frame.f_locals
    return sorted(loc), [repr(loc[k]) for k in sorted(loc)]

g = changing()
print(show(g))
for _ in range(6):
    step = next(g)
    print(step, show(g))
print(next(g, "finished"), g.gi_frame)

def snapshot_not_live():
    x = 1
    yield
    x = 2
    yield

g = snapshot_not_live()
next(g)
snap = g.gi_frame.f_locals
next(g)
print("dict read before the resume:", snap["x"], "read after:", g.gi_frame.f_locals["x"])

def params(p, *args, k=3, **kw):
    yield

g = params(1, 2, z=4)
print(sorted(g.gi_frame.f_locals.items()))
next(g)
print(sorted(g.gi_frame.f_locals.items()))

def free_vars():
    outer_value = "outer"
    def gen():
        yield outer_value
        local_value = outer_value + "!"
        yield local_value
    return gen()

g = free_vars()
print(sorted(g.gi_frame.f_locals))
next(g)
print(sorted(g.gi_frame.f_locals.items()))
next(g)
print(sorted(g.gi_frame.f_locals.items()))
