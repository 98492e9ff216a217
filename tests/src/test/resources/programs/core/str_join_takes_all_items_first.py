# str.join takes every item of its iterable before it checks any (CPython's PySequence_Fast):
# a generator runs to its end even when an early item is not a str.
def items():
    yield 1
    print("second item made")
    yield "a"
    print("generator finished")


try:
    ",".join(items())
except TypeError as e:
    print("TypeError:", e)

print("-".join(s for s in "abc"), "".join([]), ", ".join(("x", "y")))
print("|".join(str(i) for i in range(3) if i != 1))
try:
    "+".join(["a", "b", 3, None])
except TypeError as e:
    print("TypeError:", e)
