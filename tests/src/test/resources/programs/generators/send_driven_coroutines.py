# Generators driven entirely by send(): a small state machine and a consumer chain.
def parser():
    tokens = []
    current = ""
    while True:
        ch = yield tokens
        if ch is None:
            break
        if ch == " ":
            if current:
                tokens.append(current)
            current = ""
        else:
            current += ch
    if current:
        tokens.append(current)
    return tokens

p = parser()
next(p)
for ch in "ab cd  e":
    state = p.send(ch)
print("so far:", state)
try:
    p.send(None)
except StopIteration as e:
    print("final:", e.value)

def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

def doubler(target):
    while True:
        item = yield
        target.send(item * 2)

def splitter(*targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        print("  splitter closing targets")
        for t in targets:
            t.close()

out1 = printer("out1:")
next(out1)
out2 = printer("out2:")
next(out2)
d = doubler(out2)
next(d)
s = splitter(out1, d)
next(s)
for v in [1, "x"]:
    s.send(v)
s.close()
print(out1.gi_frame is None, out2.gi_frame is None, d.gi_frame is None)

def averager():
    total = 0.0
    n = 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n

a = averager()
print(next(a))
print([a.send(x) for x in [10, 20, 60]])
