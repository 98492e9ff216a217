# Instances of classes with __call__ called at one site many times: inherited __call__,
# __call__ replaced on the class after many calls, an instance attribute named __call__
# (ignored: the class decides), keywords and defaults, and an instance that is not callable.

class Adder:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, scale=1):
        return (x + self.k) * scale


class Doubler(Adder):
    pass


class Plain:
    pass


fs = [Adder(1), Doubler(10)]
total = 0
for i in range(300):
    f = fs[i % 2]
    total += f(i) + f(i, 2) + f(x=i, scale=3)
print("total", total)

a = Adder(5)
a.__call__ = lambda x: "instance attribute"
print(a(1))


def new_call(self, x, scale=1):
    return "replaced", x, self.k


for i in range(100):
    r = a(i)
Adder.__call__ = new_call
print(r, a(7), Doubler(2)(3))
del Adder.__call__
try:
    a(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Plain()(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Doubler(1)(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
