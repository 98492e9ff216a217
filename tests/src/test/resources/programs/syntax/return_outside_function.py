# return at module level.
x = 10
if x:
    return x
