# printf-style % formatting.
print("%d items" % 5)
print("%s and %s" % ("this", "that"))
print("%r %s" % ("q", "q"))
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%e" % (3.14159, 2.71828, 1.5, 12345.678))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%c%c" % (72, "i"))
print("%% literal, %d%%" % 50)
print("%+d %+d % d" % (5, -5, 5))
print("%s" % [1, 2, 3], "%s" % (None,), "%s" % ((1, 2),))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%10s|%-10s|" % ("right", "left"))
print("%.3s" % "abcdef")
print("%*d|%-*d|" % (6, 7, 4, 8))
print("%g %g %g" % (0.00001, 123456789.0, 2.5))
print("%i" % 3)
print("%d" % 3.99, "%s" % 3.99, "%d" % True)
print("%s" % 10 ** 25)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%d" % "x")
except TypeError as e:
    print(type(e).__name__, e)
