# for/while with else, break and continue.
for i in range(5):
    if i == 3:
        print("break at", i)
        break
else:
    print("for-else not reached")

for i in range(3):
    pass
else:
    print("for-else ran, i =", i)

for i in []:
    print("never")
else:
    print("empty loop else")

n = 0
while n < 10:
    n += 1
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print("odd", n)
else:
    print("while-else not reached")
print("n =", n)

k = 3
while k:
    k -= 1
else:
    print("while-else ran, k =", k)

def find(xs, target):
    for pos, x in enumerate(xs):
        if x == target:
            break
    else:
        return -1
    return pos

print(find([5, 6, 7], 7), find([5, 6, 7], 8), find([], 1))

for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j == 3:
            break
        print(i, j)
    else:
        print("inner finished for i =", i)
