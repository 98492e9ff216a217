# nonlocal at module level after the name was assigned: CPython reports the order first.
x = 1
nonlocal x
print(x)
