# Generator pipelines: each stage pulls from the previous one lazily.
def source(n):
    for i in range(n):
        print("  source", i)
        yield i

def double(items):
    for x in items:
        print("  double", x)
        yield x * 2

def only_multiples_of(k, items):
    for x in items:
        if x % k == 0:
            yield x
        else:
            print("  dropped", x)

def running_total(items):
    total = 0
    for x in items:
        total += x
        yield total

stages = running_total(only_multiples_of(4, double(source(5))))
print("built, nothing ran yet")
print(next(stages))
print(next(stages))
print(list(stages))

# The same pipeline written with generator expressions.
src = range(1, 9)
squares = (x * x for x in src)
odd = (s for s in squares if s % 2)
labels = ("<%d>" % o for o in odd)
print(" ".join(labels))

# Pipeline stages chained in a loop.
def add(k, items):
    for x in items:
        yield x + k

g = iter([0, 0, 0])
for k in range(1, 4):
    g = add(k, g)
print(list(g))

# A lines-and-words style pipeline over strings.
text = "one two\n\nthree four five\nsix"
lines = (line for line in text.split("\n"))
nonempty = (line for line in lines if line)
words = (w for line in nonempty for w in line.split())
lengths = ((w, len(w)) for w in words)
print(list(lengths))
