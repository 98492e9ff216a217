# nonlocal counters keep state in a cell.
def counter(start=0, step=1):
    count = start
    def incr():
        nonlocal count
        count += step
        return count
    def peek():
        return count
    def reset():
        nonlocal count
        old = count
        count = start
        return old
    return incr, peek, reset

inc, peek, reset = counter()
print(inc(), inc(), inc())
print("peek", peek())
print("reset returned", reset())
print("after reset", peek(), inc())

inc2, peek2, _ = counter(100, -7)
for _ in range(5):
    inc2()
print(peek2(), peek())

# Two independent counters don't interfere.
a = counter()[0]
b = counter(10)[0]
print(a(), b(), a(), b(), a())

def tally(words):
    n = 0
    longest = ""
    def see(w):
        nonlocal n, longest
        n += 1
        if len(w) > len(longest):
            longest = w
    for w in words:
        see(w)
    return n, longest

print(tally(["alpha", "be", "gamma-ray", "pi"]))
print(tally([]))
