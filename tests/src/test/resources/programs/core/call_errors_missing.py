# TypeError texts listing several missing arguments, and qualified names in messages.
def three(a, b, c):
    pass

try:
    three()
except TypeError as e:
    print(type(e).__name__, e)
try:
    three(1)
except TypeError as e:
    print(type(e).__name__, e)

def kw_many(*, x, y, z):
    pass

try:
    kw_many(y=1)
except TypeError as e:
    print(type(e).__name__, e)

def outer():
    def inner(p):
        pass
    return inner

try:
    outer()(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
