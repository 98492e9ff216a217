# Compiled reads of module globals take a function bound once as a constant; every way of
# changing the binding afterwards must still be seen.


def f(x):
    return x + 1


def g(x):
    return x * 10


def call_f(n):
    t = 0
    for i in range(n):
        t += f(i)
    return t


results = [call_f(50) for _ in range(800)]
print(results[-1])


def rebind():
    global f
    f = g


rebind()
print(call_f(50))
f = lambda x: -x
print(call_f(50))


# rebound from inside the loop that reads it
def f2(x):
    return x + 1


def switch(i):
    global f2
    if i == 150000:
        f2 = g
    return 0


def loop(n):
    t = 0
    for i in range(n):
        t += f2(i) + switch(i)
    return t


print(loop(200000))


# a global used as a counter: rebound all the time
count = 0


def bump():
    global count
    count += 1
    return count


for i in range(3000):
    bump()
print(count)


def read_count():
    return count


s = 0
for i in range(3000):
    count = i
    s += read_count()
print(s)


# deleted and defined again
h = lambda: 5


def call_h():
    return h()


for i in range(1000):
    call_h()
del h
try:
    call_h()
except NameError as e:
    print("NameError:", e)
h = lambda: 6
print(call_h())


# a builtin shadowed by a global, then the global deleted
def use_len(x):
    return len(x)


for i in range(1000):
    use_len("ab")
len = lambda x: 42
print(use_len("ab"))
del len
print(use_len("ab"))

