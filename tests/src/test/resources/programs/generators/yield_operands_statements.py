# Operands before a yield in the header of a with, for, del, while or if: evaluated once, as in CPython.
log = []
def note(t, v):
    log.append(t); return v
class CM:
    def __init__(self, v): self.v = v
    def __enter__(self): log.append("enter"); return self.v
    def __exit__(self, *a): log.append("exit"); return False
def g1():
    with CM(note("mgr", 1) + (yield "a")) as x:
        log.append(x)
        y = yield "b"
    return y
def g2():
    for x in [note("it", 1), (yield "c")]:
        log.append(x)
        yield x
def g3():
    d = {"k": 1, "j": 2}
    del d[note("key", "k") if (yield "d") else "j"]
    return d
def g4():
    while note("test", 1) < (yield "e"):
        log.append("body")
    return "out"
def g5():
    if note("iftest", 0) + (yield "f"):
        return "then"
    return "else"
def run(g, sends):
    log.clear()
    out = [next(g)]
    try:
        for s in sends: out.append(g.send(s))
    except StopIteration as e:
        out.append(("ret", e.value))
    print(out, log)
run(g1(), [5, 6])
run(g2(), [9, None, None])
run(g3(), [True])
run(g4(), [5, 5, 0])
run(g5(), [1])
