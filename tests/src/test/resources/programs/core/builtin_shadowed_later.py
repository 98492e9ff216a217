# A function reading a builtin sees a module global of the same name as soon as it is defined,
# and the builtin again once it is deleted, however many other globals the module defines.


def measure(xs):
    return len(xs)


total = 0
for i in range(3000):
    total += measure([i] * (i % 5))
print("before", total)
for k in range(40):
    globals_made = k  # a new global on the first pass only
    name_made = "g%d" % k
print("after other globals", measure([1, 2, 3]))


def len(xs):
    return -1


print("shadowed", measure([1, 2, 3]))
total = 0
for i in range(3000):
    total += measure([i])
print("shadowed loop", total)
del len
print("restored", measure([1, 2, 3]))
total = 0
for i in range(3000):
    total += measure([i, i])
print("restored loop", total)
