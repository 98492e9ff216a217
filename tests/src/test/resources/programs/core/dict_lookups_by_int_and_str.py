# Dict lookups of int and str keys (looked up inline by compiled code) stay right through
# insertions, deletions, re-insertions, clear, popitem, copies, equal keys of other types
# (True == 1 == 1.0) and keys whose hashes collide.

d = {}
for i in range(-300, 300, 3):
    d[i * 1024] = i
hits = 0
for i in range(-300, 300):
    if i * 1024 in d:
        hits += d[i * 1024]
print("ints", len(d), hits)

for i in range(-300, 300, 6):
    del d[i * 1024]
print("after del", len(d), sum(1 for i in range(-300, 300) if i * 1024 in d), d.get(-300 * 1024), d.get(-297 * 1024))
for i in range(-300, 300, 6):
    d[i * 1024] = -i
print("reinserted", len(d), d[-300 * 1024], list(d)[:3], list(d)[-3:])

# "Aa" and "BB" share a hash code in Java; so do "AaAa", "BBBB", "AaBB" and "BBAa"
s = {}
for k in ("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "x", ""):
    s[k] = len(s)
print("strs", [s[k] for k in ("BB", "Aa", "BBAa", "AaBB", "", "x")], "Ab" in s, "BB" in s)
del s["Aa"]
print("del Aa", "Aa" in s, s.get("BB"), s.get("Aa", "gone"), list(s))
s["Aa"] = 99
print("back", list(s.items())[-2:])

m = {1: "int"}
m[True] = "bool"
m[1.0] = "float"
print("equal keys", m, m[1], m.get(True), 1.0 in m, True in m, 2 in m)
m[2.5] = "f"
m[(1, 2)] = "t"
print(m.get(2.5), m.get((1, 2)), 1 in m, m[True])

c = dict(d)
d.clear()
print("clear", len(d), 0 in d, d.get(3072), c[3 * 1024], len(c))
d[3072] = "new"
print(d, d[3072])

p = {i: i * i for i in range(5)}
print(p.popitem(), 4 in p, p.get(4), p)
p[4] = "again"
print(p, p.pop(0), 0 in p, p)

counts = {}
for w in "the quick brown fox jumps over the lazy dog the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
big = {}
for i in range(5000):
    big[str(i)] = i
    big[i] = str(i)
print(len(big), big["4999"], big[4999], sum(big[str(i)] for i in range(0, 5000, 7)))
for i in range(0, 5000, 2):
    del big[i]
    del big[str(i)]
print(len(big), 4998 in big, 4999 in big, "4998" in big, "4999" in big)


def store(target, k, v):
    target[k] = v


memo = {}
for i in range(40):
    store(memo, i, i)  # only new keys at this site at first
for i in range(40):
    store(memo, i, -i)  # then the same site rebinds them
store(memo, "s", 1)
store(memo, "s", 2)
print("one site", sum(v for k, v in memo.items() if k != "s"), len(memo), memo["s"], list(memo)[:3])
