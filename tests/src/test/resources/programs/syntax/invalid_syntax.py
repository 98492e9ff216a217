# A plain invalid-syntax case: an operator with a missing operand.
x = 5 *
print(x)
