# A triple-quoted string that never ends.
x = 1
doc = """starts here
and keeps going
print(x)
