# Uncaught NameError at module level after some output.
total = 0
for i in range(3):
    total += i
    print("total", total)
print(qqzzv)
print("not reached")
