# Sibling closures share the same cell.
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_

get, set_ = make_pair()
print(get())
set_(42)
print(get())
set_("text")
print(get())

print(get.__closure__[0] is set_.__closure__[0])
g2, s2 = make_pair()
print(get.__closure__[0] is g2.__closure__[0])
s2(7)
print(get(), g2())

# Outer function rebinding is seen by the siblings too.
def outer():
    x = 1
    def a():
        return x
    def b():
        return x * 10
    print(a(), b())
    x = 2
    print(a(), b())
    def c():
        nonlocal x
        x += 100
    c()
    print(a(), b(), x)
    return a, b

fa, fb = outer()
print(fa(), fb())

# Three closures, two cells.
def trio():
    p = "p0"
    q = "q0"
    def f1():
        return p + q
    def f2():
        nonlocal p
        p = p + "!"
    def f3():
        nonlocal q
        q = q.upper()
    return f1, f2, f3

f1, f2, f3 = trio()
print(f1()); f2(); print(f1()); f3(); print(f1()); f2(); print(f1())
print(len(f1.__closure__), len(f2.__closure__), len(f3.__closure__))
