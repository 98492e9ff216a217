# The leftmost iterable of a comprehension or generator expression gets iter() once, where the
# expression is; the loop inside walks that iterator without asking it for an iterator again.
class Counting:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __iter__(self):
        print("  __iter__")
        return self

    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration
        return self.i


print("list comprehension:")
print([x for x in Counting(2)])
print("set comprehension:")
print(sorted({x for x in Counting(2)}))
print("dict comprehension:")
print({x: x for x in Counting(2)})
print("generator expression, made then drained:")
g = (x for x in Counting(2))
print(list(g))
print("generator expression drained by list():")
print(list(x for x in Counting(2)))
print("generator expression in a for loop:")
for y in (x * 10 for x in Counting(2)):
    print(" ", y)
print("nested: only the leftmost iterable is taken early")
print(list(x + y for x in Counting(2) for y in Counting(1)))
