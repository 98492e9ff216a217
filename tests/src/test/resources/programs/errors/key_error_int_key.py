# Uncaught KeyError from dict.pop with an int key.
d = {1: "one"}
print(d.pop(1))
print(d.pop(1))
