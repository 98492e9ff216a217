# Builtins that raise inside hot loops: the exception reaches the handler every time, with its
# message, and the loop goes on (the builtin's call is compiled as a boundary; its exceptions are
# ordinary results there).


def lookups(n):
    d = {"a": 1}
    misses = 0
    total = 0
    last = None
    for i in range(n):
        try:
            total += d.pop("b")
        except KeyError as e:
            misses += 1
            last = e
        total += d.get("a", 0)
        try:
            total += int("x" if i % 100 == 0 else "12")
        except ValueError as e:
            last = e
    return total, misses, repr(last)


print(lookups(3000))


def counted(n):
    counts = {}
    for i in range(n):
        counts[i % 3] = counts.get(i % 3, 0) + 1
    return sorted(counts.items())


print(counted(5000))
try:
    print(len(5))
except TypeError as e:
    print("TypeError:", e)
