# Uncaught ValueError from int() of a bad string.
for s in ["12", " 7 ", "-3"]:
    print(repr(s), int(s))
print(int("x"))
