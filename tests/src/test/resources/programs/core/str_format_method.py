# str.format with positional, keyword, index and attribute-free fields.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=7))
print("{0[0]} {0[2]} {1[k]}".format([10, 20, 30], {"k": "v"}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:,d} {:x} {:b}".format(3.14159, 10 ** 7, 48879, 10))
print("{0:{1}} |".format("pad", 7))
print("{!r} {!s}".format("s", "s"))
print("{{}} {}".format("x"))
print("{a}{b}{a}".format(a="-", b="+"))
row = "{:<6}{:>6}".format
print(row("id", "val"))
print(row(1, 2.5))
print("{0:.1%} {1:e}".format(0.123, 0.000123))
print("{:*^11}".format(" mid "))
print("{:+.2f} {:+.2f}".format(1, -1))
print("{} {}".format(True, None))
print("{0}{0}{0}".format("ab"))
try:
    print("{} {}".format(1))
except IndexError as e:
    print(type(e).__name__, e)
try:
    print("{missing}".format(present=1))
except KeyError as e:
    print(type(e).__name__, e)
try:
    print("{0} {}".format(1, 2))
except ValueError as e:
    print(type(e).__name__, e)
print(format(3.5, ".3f"), format(255, "x"), format("s", ">3"), format(12))
