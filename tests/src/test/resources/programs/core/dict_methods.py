# Dict methods and ordering.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d))
print(d.get("a"), d.get("z"), d.get("z", "default"))
print(d.setdefault("a", 100), d.setdefault("new", []), d)
d["new"].append(1)
print(d["new"])
print(d.pop("new"), d.pop("missing", "fallback"))
print(list(d.keys()), list(d.values()), list(d.items()))
d.update({"a": -1, "z": 26})
d.update(y=25)
d.update([("x", 24)])
print(d)
print(d.popitem(), d.popitem(), d)
print("a" in d, "q" in d, 20 in d, 20 in d.values())
del d["a"]
d["a"] = "readded"
print(d)
for k, v in d.items():
    print(k, "->", v)
c = d.copy()
c["b"] = "changed"
print(d["b"], c["b"])
print(dict(a=1, b=2), dict([(1, "one"), (2, "two")]), dict(zip("ab", [1, 2])))
print(dict.fromkeys([1, 2, 3], 0), {}.get(1))
sq = {i: i * i for i in range(5)}
print(sq, sum(sq.values()), max(sq), max(sq, key=lambda k: -k))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({1: "a", True: "b", 1.0: "c"})
print({(1, 2): "tuple key"}[(1, 2)])
try:
    d["nope"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
d.clear()
print(d, bool(d))
