# Sites that index, slice, concatenate and call str methods in loops: the fast paths for the
# common kinds (str by int, plain slices, str + str, d.get with int or str keys, ord/chr/str/int
# of plain values) and the same sites when other kinds arrive later.


def index_all(seq, keys):
    out = []
    for k in keys:
        try:
            out.append(seq[k])
        except (IndexError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


print(index_all("abc\u00e9", [0, 1, -1, 3, -4]))
print(index_all("abc", [3, -4, "x", 1.0]))
print(index_all("a\U0001F600b", [0, 1, 2, -2]))
print(index_all([10, 20, 30], [0, -1, 5]))
print(index_all("hello world", [slice(0, 5), slice(-5, None), slice(None, None, 2), slice(3, 1)]))
print(index_all([1, 2, 3, 4, 5], [slice(1, 3), slice(-100, 100), slice(True, 3), slice(2, 10**30), slice(None, None, -1)]))
print(index_all((1, 2, 3), [slice(0, 3), slice(1, 2), slice(2, 1), slice(None, -1)]))
print(index_all(range(10), [slice(2, 5), 3]))


def slices(seq, n):
    out = []
    for i in range(n):
        out.append(seq[i:i + 2])
        out.append(seq[-i:])
        out.append(seq[:i])
    return out


print(slices("abcd", 5))
print(slices([1, 2, 3], 4))
print(slices((7, 8, 9), 4))
t = (1, 2, 3)
print(t[:] is t, t[2:1] is tuple(), (t[0:0], t[3:]) == ((), ()), tuple([]) is tuple(), tuple(x for x in []) is tuple())


def concat_all(pairs):
    out = []
    for a, b in pairs:
        try:
            out.append(a + b)
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


print(concat_all([("a", "b"), ("", "x"), ("\u00e9", "\U0001F600"), (1, 2), ([1], [2]), ("a", 1), (1.5, 2)]))
s = ""
for i in range(6):
    s += str(i)
    s = s + "."
print(s)


def gets(d, keys):
    out = []
    for k in keys:
        try:
            out.append((d.get(k), d.get(k, "dflt")))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


d = {"a": 1, 2: "two", (1, 2): "pair", 3.5: "float"}
for i in range(20):
    d["k%d" % i] = i
print(gets(d, ["a", "zz", 2, 99, True, 2.0, (1, 2), 3.5, [1], "k7"]))
print(gets({}, ["a", 1]))
print(gets({True: "t", 1.0: "one"}, [1, True, 1.0]))

for v in ["a", "\u00e9", "\U0001F600", "ab", "", 65, None]:
    try:
        print("ord", repr(v), ord(v))
    except TypeError as e:
        print("ord", repr(v), "TypeError:", e)
for v in [65, 233, 0x4e2d, 0xD7FF, 0x1F600, -1, 0x110000, True, "a", 2**70]:
    try:
        print("chr", repr(v), repr(chr(v)))
    except (ValueError, TypeError, OverflowError) as e:
        print("chr", repr(v), type(e).__name__ + ":", e)
for v in [12, -5, 0, 2**64, "s", True, None, 1.5, [1], (2,), 1e22]:
    print("str", repr(v), repr(str(v)))
for v in [7, True, False, 7.9, -7.9, 1e19, -0.5, "42", " -3 ", 2**70]:
    print("int", repr(v), int(v))
for v in [float("nan"), float("inf"), "x", None]:
    try:
        print(int(v))
    except (ValueError, OverflowError, TypeError) as e:
        print("int", repr(v), type(e).__name__ + ":", e)
print(str(), int(), int("ff", 16), str(b=1) if False else "no kw call")

words = ["  Alpha ", "beta", "\tGamma\n", "delta", "", "  "]
for w in words:
    print(repr(w.strip()), repr(w.lstrip()), repr(w.rstrip()), repr(w.strip(" a")), w.split(), w.startswith("  "),
          w.endswith("a"), w.find("a"), w.rfind("a"), w.startswith(("b", "d")), w.startswith("e", 1), w.find("a", 2))
for seq in [["a", "b"], [], ("x",), ["\u00e9", "\U0001F600"], iter(["p", "q"])]:
    print(repr(",".join(seq)))
for bad in [["a", 1], [None]]:
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError:", e)
print("a,b,,c".split(","), "a b c".split(None, 1), "a b".split(sep=" "), "abc".split("b", maxsplit=0))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
print(str.startswith("abc", "a"), str.find("abc", "c"))
try:
    str.startswith(1, "a")
except TypeError as e:
    print("TypeError:", e)
print(len("h\u00e9llo"), len("\U0001F600x"), len(""))


def lens_and_chars(strs):
    out = []
    for s in strs:
        out.append((len(s), s[0] if s else "", s[-1] if s else "", f"<{s}>", f"{len(s)}:{s!r}"))
    return out


print(lens_and_chars(["abc", "\u00e9t\u00e9", "\u4e2d\u6587", "a\U0001F600", "x" * 40, "\U0001F600" * 20 + "z", ""]))
print("%d|%5d|%-4d|%x|%X|%o|%+d|%#x|%03d" % (42, -7, 3, 255, 255, 8, 5, 255, 7), "%d" % -2**63, "%d" % 2**70, "%d %s" % (True, None))
