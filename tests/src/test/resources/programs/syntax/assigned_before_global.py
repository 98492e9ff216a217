# Assignment before the global declaration in the same function.
counter = 0
def bump():
    counter = 5
    global counter
    counter += 1
print("never printed")
