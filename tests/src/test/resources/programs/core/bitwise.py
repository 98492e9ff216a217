# Bitwise operators on ints, negatives and big ints.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(bin(a & b), bin(a | b), hex(255), oct(8), bin(-5))
print(-6 & 3, -6 | 3, -6 ^ 3, ~-6, -6 >> 1, -6 << 3)
print(~0, ~-1, ~(2 ** 70))
big = (1 << 100) | 0xFF
print(big, big & 0xF0, big >> 96, big ^ (1 << 100))
print((1 << 64) - 1 & -(1 << 32))
x = 0
for i in range(0, 20, 3):
    x |= 1 << i
print(x, bin(x))
mask = 0xFFFF
print((0x12345678 >> 8) & mask, hex((0x12345678 >> 8) & mask))
print(True & 3, 6 & True, 5 ^ True)
v = 0b10110
count = 0
while v:
    count += v & 1
    v >>= 1
print("popcount", count)
print(1 << 0, 7 >> 5, -1 >> 100, 1 << 200 >> 199)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1.0 & 1)
except TypeError as e:
    print(type(e).__name__, e)
s1 = {1, 2, 3}
s2 = {2, 3, 4}
print(s1 & s2, s1 | s2, s1 ^ s2, s1 - s2)
