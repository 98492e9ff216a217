# Late binding: closures made in a loop share the loop variable's cell.
def make_adders():
    adders = []
    for i in range(4):
        adders.append(lambda x: x + i)
    return adders

fs = make_adders()
for k, f in enumerate(fs):
    print(k, f(10))

def make_via_while():
    out = []
    n = 0
    while n < 3:
        def g():
            return n * 100
        out.append(g)
        n += 1
    print("n after loop:", n)
    return out

for g in make_via_while():
    print(g())

# Each call of the outer function gets a fresh cell.
def one_shot(v):
    return lambda: v

a = one_shot("a")
b = one_shot("b")
print(a(), b())

# All closures see the final value, even if it changes after the loop.
def later():
    fns = [lambda: j for j in range(3)]
    return [f() for f in fns]

print(later())

def loop_then_rebind():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    i = "rebound"
    return [f() for f in fns]

print(loop_then_rebind())
