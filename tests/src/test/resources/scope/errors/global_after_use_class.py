class C:
    print(name)
    global name
