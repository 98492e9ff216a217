# Booleans as integers, truthiness, and/or values.
print(True + True, True * 5, False - 1, True / 2, -True)
print(True == 1, False == 0, True is True, True > False)
print(sum([True, False, True, True]))
print(int(True), str(False), repr(True), bool(0), bool(-1), bool(0.0))
print(bool(""), bool("0"), bool([]), bool([0]), bool({}), bool(None), bool(()))
print(type(True + 1).__name__, type(True & False).__name__, True & False, True | False, True ^ True)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" or 0)
print([] or {} or "last", "a" and "b" and "c")
print(not 0, not 1, not [], not "x")
x = None
print(x is None, x is not None, x == None)
print(True + 0.5, True // 1, divmod(True, True))
print([1, 2, 3][True], "abc"[False])
print(isinstance(True, int), type(True).__name__)
print(max(True, 2), min(False, -1))
def side(v, log):
    log.append(v)
    return v
log = []
r = side(0, log) and side(1, log)
r2 = side(2, log) or side(3, log)
r3 = side(0, log) or side("", log) or side(4, log)
print(r, r2, r3, log)
print(True if [] else False, "yes" if 3 else "no")
