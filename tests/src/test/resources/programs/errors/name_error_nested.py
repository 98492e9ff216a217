# Uncaught NameError raised three calls deep.
def level3(x):
    print("level3", x)
    return x + wxyzzy

def level2(x):
    print("level2", x)
    return level3(x * 2)

def level1(x):
    print("level1", x)
    return level2(x + 1)

print("start")
level1(1)
print("not reached")
