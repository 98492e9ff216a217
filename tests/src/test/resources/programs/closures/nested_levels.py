# Closures nested three and four levels deep.
def l1(a):
    def l2(b):
        def l3(c):
            def l4(d):
                return a + b + c + d
            return l4
        return l3
    return l2

print(l1(1)(10)(100)(1000))
print(l1("a")("b")("c")("d"))

def outer():
    x = "outer"
    def middle():
        y = "middle"
        def inner():
            z = "inner"
            def innermost():
                return (x, y, z)
            return innermost
        return inner
    return middle

f = outer()()()
print(f())
print(f.__code__.co_freevars)
print(outer.__code__.co_cellvars)

# The middle level passes the cell through even though it does not use x.
def pass_through():
    x = 0
    def mid():
        def deep():
            nonlocal x
            x += 1
            return x
        return deep
    d1 = mid()
    d2 = mid()
    print(d1(), d2(), d1(), x)
    return mid

m = pass_through()
print(m.__code__.co_freevars, m.__code__.co_cellvars)
print(m()())

# Shadowing at each level.
def shadow():
    v = 1
    def a():
        v = 2
        def b():
            v = 3
            def c():
                return v
            return c()
        return (v, b())
    return (v, a())

print(shadow())
