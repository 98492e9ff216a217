class C:
    found = [y := n for n in range(3)]
