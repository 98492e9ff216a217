# // and % follow the sign of the divisor; floats too.
for a in [7, -7]:
    for b in [2, -2, 3, -3]:
        print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(7.5 // -2, 7.5 % -2, -7.5 // -2, -7.5 % -2)
print(1 // 0.3, 1 % 0.3)
print(-1 % 5, -1 % 5.0, 5 % -3, 5.0 % -3)
print(0 // 5, 0 % -5, -0.0 % 5)
print(10 / 4, -10 / 4, 10 / -4, 9 / 3)
print(1 / 3, 2 / 3, -1 / 3)
print(divmod(7.0, 2), divmod(-7, 2.0))
print((-7) ** 0.5 if False else 49 ** 0.5, 8 ** (1 / 3))
print(2 ** 0.5, 2.0 ** 10, 10 ** 2.0)
print((-2) ** 2, -2 ** 2, (-8) ** 3)
print(round(-7 / 2), int(-7 / 2), -7 // 2)
print(3 * 1.0, 3 + 0.5, True + 0.5)
try:
    print(5 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5.0 // 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
