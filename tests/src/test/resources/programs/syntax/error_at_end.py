# The syntax error is on the last line, so nothing before it may run.
print("this must not be printed")
def f(n):
    return n * 2
for i in range(3):
    print(f(i))
x = = 3
