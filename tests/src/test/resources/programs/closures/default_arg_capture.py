# Default arguments are evaluated once, when the def runs.
def make():
    fns = []
    for i in range(4):
        fns.append(lambda x, i=i: x * i)
    return fns

print([f(3) for f in make()])

counter = 5
def show(c=counter):
    return c
counter = 99
print(show(), show(1), counter)

# Mutable default is shared between calls.
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)

# Mixing default capture and late binding.
def mixed():
    res = []
    for i in range(3):
        res.append(lambda j=i: (i, j))
    return res

for f in mixed():
    print(f())

# Default refers to an earlier closure value.
def outer(n):
    def inner(k=n * 2):
        return k + n
    n = 1000
    return inner

f = outer(3)
print(f(), f(0))
print(f.__defaults__)
