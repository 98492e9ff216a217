# How built-ins consume generator expressions: lazily and in CPython's order.
def src(tag, n):
    for i in range(n):
        print("  ", tag, "yields", i)
        yield i
    print("  ", tag, "exhausted")

print("zip:")
print(list(zip(src("A", 3), src("B", 2))))
print("zip with the short one first:")
print(list(zip(src("B", 1), src("A", 3))))

a = src("Z", 5)
print(list(zip(a, "xy")))
print("left in Z:", list(a))

print("map:")
m = map(lambda x: x * 10, src("M", 3))
print("map built")
print(next(m))
print(list(m))

print("map with two iterables:")
print(list(map(lambda x, y: x + y, src("P", 3), src("Q", 2))))

print("filter:")
f = filter(lambda x: x % 2, src("F", 4))
print(next(f))
print(list(f))
print(list(filter(None, src("N", 3))))

print("enumerate:")
e = enumerate(src("E", 2), 5)
print(next(e))
print(list(e))

print("reversed of a list:")
print(list(reversed(list(src("R", 3)))))

print("sorted:")
print(sorted(src("S", 3), key=lambda x: -x))

print("min and max:")
print(min(src("m", 3)), max(src("X", 2)))
print(max(src("K", 3), key=lambda v: (v - 1) ** 2))

print("list, tuple, set, dict:")
print(list(src("l", 2)))
print(tuple(src("t", 2)))
print(set(src("s", 2)))
print(dict((i, "v%d" % i) for i in src("d", 2)))

print("str.join:")
print("+".join(str(i) for i in src("j", 3)))

print("sum:")
print(sum(src("u", 3)))

print("nested map/filter/zip:")
pipeline = zip(map(str, filter(lambda v: v != 1, src("outer", 4))), src("other", 10))
print(next(pipeline))
print(list(pipeline))
