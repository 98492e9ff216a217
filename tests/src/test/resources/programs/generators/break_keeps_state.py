# Breaking out of a for loop leaves the generator suspended where it was.
def numbers():
    n = 0
    try:
        while True:
            n += 1
            print("  producing", n)
            yield n
    finally:
        print("  numbers finally at", n)

g = numbers()
for x in g:
    if x == 3:
        break
print("after first loop, frame alive:", g.gi_frame is not None)
for x in g:
    print("second loop got", x)
    if x >= 5:
        break
print("next:", next(g))
g.close()
print("closed")

def letters():
    yield from "abcdef"

it = letters()
for ch in it:
    if ch == "b":
        break
print("continue with", "".join(it))

def pairs():
    for i in range(3):
        for j in range(3):
            yield i, j

p = pairs()
for a, b in p:
    if a == 1 and b == 1:
        break
print("resumed after (1,1):", list(p))

# continue and else around a generator
def upto(k):
    for i in range(k):
        yield i

for v in upto(5):
    if v % 2:
        continue
    print("even", v)
else:
    print("loop else ran")
