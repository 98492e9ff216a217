# Integer arithmetic, including big ints.
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 7 ** 2)
print(2 ** 100)
print(2 ** 64 - 1, -(2 ** 63), 2 ** 63)
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(f // (2 ** 20), f % 1000007)
print(f // f, f - f, -f)
big = 10 ** 30
print(big + 1, big * big, big // 7, big % 7)
print(-big // 7, -big % 7)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(9223372036854775807 * 2)
print(3037000500 * 3037000500)
print(abs(-2 ** 70), -2 ** 70)
print(2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 2 ** -2, (-2) ** -1, 10 ** -3)
print(1 << 70, (1 << 70) >> 68, -1 >> 3, -(1 << 65) >> 64)
print(int("1" * 25) + 1)
print(12345678901234567890 // 1234567890, 12345678901234567890 % 1234567890)
print(divmod(2 ** 80, 3 ** 20))
x = 1
for _ in range(5):
    x = x * 1000003 + 7
print(x, x % 97, len(str(x)))
print(1_000_000 + 0x1F + 0o17 + 0b101)
print(0xFFFFFFFFFFFFFFFFFF, 0o777, 0b1111_0000)
print(2 ** 100 == 1267650600228229401496703205376, 2 ** 100 > 2 ** 99)
print(type(2 ** 100).__name__, type(10 / 5).__name__)
