# Int membership in sets (looked up inline by compiled code) and s.add at one site: members of
# other types equal to an int (1.0, True), -1 and -2 (equal hashes), big ints, removal.

s = {1.0, True, 2, -1, -2, 2 ** 61, 2 ** 61 - 1, 2 ** 64}
for x in (1, 2, 3, -1, -2, 0, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -9223372036854775808):
    print(x, x in s, x not in s)

seen = set()
dups = 0
for i in range(3000):
    v = (i * 7) % 1000 - 500
    if v in seen:
        dups += 1
    seen.add(v)
print(len(seen), dups, -500 in seen, 500 in seen)

for v in range(-500, 500, 2):
    seen.discard(v)
print(len(seen), -500 in seen, -499 in seen, sum(1 for v in range(-600, 600) if v in seen))
seen.add(1.0)
seen.add(True)
print(1 in seen, len(seen), 2 in seen)
fs = frozenset(range(10))
print([i in fs for i in (-1, 0, 9, 10)], 3.0 in fs)
