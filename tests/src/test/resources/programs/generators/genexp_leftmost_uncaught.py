# Uncaught: a generator expression over a non-iterable fails where it is created.
count = 3
print("before")
squares = (n * n for n in count)
print("not reached")
