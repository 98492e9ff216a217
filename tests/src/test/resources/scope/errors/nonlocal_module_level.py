print(1)
nonlocal q
