# A dedent to a level that matches no enclosing block.
def f():
        a = 1
    return a
print(f())
