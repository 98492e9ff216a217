# Uncaught ZeroDivisionError inside a loop inside a function.
def ratios(values):
    out = []
    for v in values:
        r = 100 // v
        print(v, r)
        out.append(r)
    return out

ratios([5, 4, 2, 0, 1])
