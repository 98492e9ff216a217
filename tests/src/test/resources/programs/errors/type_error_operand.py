# Uncaught TypeError: unsupported operand types.
def add(a, b):
    return a + b

print(add(1, 2))
print(add("a", "b"))
print(add([1], [2]))
print(add(1, "2"))
