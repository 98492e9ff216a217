# Common string methods.
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
t = "a,b,,c"
print(t.split(","), t.split(",", 1), "a b  c ".split(), "".split(), "".split(","))
print("one two three".split(" "), "l1\nl2\n".splitlines(), "x".split("x"))
print(t.rsplit(",", 1))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"))
print("banana".replace("a", "o"), "banana".replace("a", "o", 2), "aaa".replace("", "-"))
print("banana".find("an"), "banana".find("an", 2), "banana".find("x"), "banana".rfind("an"))
print("banana".index("n"), "banana".count("a"), "banana".count("an"), "aaaa".count("aa"))
print("prefix_name".startswith("prefix"), "x.py".endswith(".py"), "abc".startswith(("x", "a")))
print("MiXeD".upper(), "MiXeD".lower(), "hello world".title(), "hello".capitalize())
print(repr("hi".center(8)), repr("hi".center(7, "*")), repr("hi".ljust(5, ".")), repr("hi".rjust(5)))
print("42".zfill(5), "-42".zfill(6), "abc".zfill(2), "+7".zfill(4))
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalnum(), "   ".isspace(), "Ab".isupper(), "ab".islower())
print("{} and {}".format("x", "y"), "a" * 3, "ab" + "cd")
print(len("héllo"), "héllo".upper(), "straße".upper())
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"))
try:
    "abc".index("z")
except ValueError as e:
    print(type(e).__name__, e)
print("abc"[::-1], "abc" * 0, "Hello"[1:3])
print(str(123).rjust(6, "0"), "ab".endswith(""), "".startswith(""))
print("CamelCaseString".lower().count("s"), "  a  ".strip() == "a")
print(ord("a"), chr(97))
