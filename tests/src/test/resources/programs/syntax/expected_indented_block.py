# A block header with nothing indented after it.
for i in range(3):
print(i)
