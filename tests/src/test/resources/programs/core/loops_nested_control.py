# Loop control in nested loops and loops with try/finally.
primes = []
for c in range(2, 30):
    for p in primes:
        if c % p == 0:
            break
    else:
        primes.append(c)
print(primes)

total = 0
for x in range(100):
    if x % 3:
        continue
    total += x
print(total)
i = 0
while True:
    i += 1
    if i >= 4:
        break
print("i", i)
for i in range(2):
    try:
        continue
    finally:
        print("finally on continue", i)
