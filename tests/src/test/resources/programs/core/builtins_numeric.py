# abs/divmod/pow/round/chr/ord and friends.
print(abs(-5), abs(5), abs(-2.5), abs(True), abs(-(10 ** 20)))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5))
print(pow(2, 10), pow(2, -1), pow(-3, 3), pow(2.0, 0.5))
print(pow(3, 200, 1000007), pow(7, 0, 5), pow(-2, 3, 5), pow(5, 3, 1))
print(pow(2, 10 ** 6, 1000000007))
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-1.5), round(-2.5))
print(round(3.14159, 2), round(2.5, 0), round(123.456, -1), round(7), round(15, -1), round(25, -1))
print(round(1e20), round(-0.4), round(0.49999))
print(chr(65), chr(0x263A), chr(48), ord("A"), ord("\n"), ord("é"))
print([chr(c) for c in range(ord("a"), ord("f"))])
print(hex(-255), oct(64), bin(0), hex(2 ** 70))
print(int("42"), int(" -7 "), int("ff", 16), int("0x1F", 16), int("777", 8), int("1010", 2))
print(int("z", 36), int("0b101", 0), int("0o17", 0), int("123", 0), int("1_000"))
print(int(3.99), int(-3.99), int(True), int("+5"))
print(float("1.5"), float(" 2 "), float(7), float("1e-3"), float("-0"))
print(str(12), str(-0.5), str(None), str([1, "a"]), str((1,)))
try:
    int("12.5")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("9", 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    float("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
