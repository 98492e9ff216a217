# Decorators with arguments and stacked decorators.
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name

print(hello("bob"))

def tag(label):
    print("making tag", label)
    def deco(fn):
        print("applying tag", label, "to", fn.__name__)
        def wrapper(*a, **k):
            return "<" + label + ">" + str(fn(*a, **k)) + "</" + label + ">"
        return wrapper
    return deco

@tag("b")
@tag("i")
def text(s):
    return s

print(text("bold italic"))

def add_prefix(p):
    def deco(fn):
        def w(x):
            return p + fn(x)
        return w
    return deco

def upper(fn):
    def w(x):
        return fn(x).upper()
    return w

@add_prefix(">> ")
@upper
def shout(x):
    return x + "!"

@upper
@add_prefix("> ")
def shout2(x):
    return x + "?"

print(shout("abc"))
print(shout2("abc"))
