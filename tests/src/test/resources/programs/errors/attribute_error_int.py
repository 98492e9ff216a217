# Uncaught AttributeError on an int.
x = 5
print(x + 1, x * 2)
print(x.qwerty)
