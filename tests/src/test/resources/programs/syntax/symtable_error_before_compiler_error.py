# A symbol-table error is reported before a compiler error that comes earlier in the file.
print("never printed")
return 1

def outer():
    def inner():
        nonlocal missing
    return inner
