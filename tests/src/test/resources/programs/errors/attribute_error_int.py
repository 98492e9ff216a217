# Uncaught AttributeError on an int.
x = 5
print(x.bit_length())
print(x.qwerty)
