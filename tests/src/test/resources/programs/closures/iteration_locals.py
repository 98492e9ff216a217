# Locals assigned in each iteration of a loop: cellpy clears the ones whose value
# no later code reads, so every case here must still print what CPython prints.

def make_adder(k):
    def add(x):
        return x + k
    return add


def cleared_each_iteration(n):
    t = 0
    for i in range(n):
        add = make_adder(i)
        t += add(1)
    return t


def read_after_loop(n):
    for i in range(n):
        last = make_adder(i)
    return last(100)


def read_in_else(n):
    for i in range(n):
        f = make_adder(i)
    else:
        print("else sees", f(0))


def deleted_after_loop(n):
    for i in range(n):
        tmp = i * 2
    del tmp
    try:
        print(tmp)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def read_before_assigned(n):
    prev = None
    out = []
    for i in range(n):
        out.append(prev)
        prev = i
    return out


def conditional_assignment(n):
    out = []
    for i in range(n):
        if i % 2 == 0:
            v = i
        out.append(v)
    return out


def read_in_while_test(n):
    k = 0
    cur = 0
    while cur < n:
        cur = k * 3
        k += 1
    return k, cur


def carried_by_while(n):
    i = 0
    total = 0
    while i < n:
        g = make_adder(i)
        total += g(i)
        i += 1
    return total


def continue_and_break(n):
    seen = []
    for i in range(n):
        if i == 1:
            continue
        x = make_adder(i)
        seen.append(x(0))
        if i == 4:
            break
    return seen


def handler_outside_reads(n):
    try:
        for i in range(n):
            w = 10 // (3 - i)
    except ZeroDivisionError:
        return "w was", w


def nested_loops(n):
    out = []
    for i in range(n):
        for j in range(2):
            inner = i * 10 + j
        out.append(inner)
    return out


def unpacked_targets(n):
    s = 0
    for i in range(n):
        a, (b, *c) = i, (i + 1, i + 2, i + 3)
        s += a + b + sum(c)
    return s


def augmented_first(n):
    acc = 0
    for i in range(n):
        acc += i
        acc = acc * 1
    return acc


def generator_with_plain_loop(n):
    for i in range(n):
        h = make_adder(i)
        yield h(1)


print(cleared_each_iteration(5))
print(read_after_loop(4))
read_in_else(3)
deleted_after_loop(3)
print(read_before_assigned(4))
try:
    print(conditional_assignment(4))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(read_in_while_test(10))
print(carried_by_while(5))
print(continue_and_break(10))
print(handler_outside_reads(5))
print(nested_loops(3))
print(unpacked_targets(4))
print(augmented_first(5))
print(list(generator_with_plain_loop(3)))
for n in range(2000):
    cleared_each_iteration(50)
    carried_by_while(50)
print(cleared_each_iteration(1000), carried_by_while(1000))
