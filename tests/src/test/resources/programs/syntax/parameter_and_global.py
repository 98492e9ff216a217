# A parameter declared global.
def f(x):
    global x
    x = 1
print("never printed")
