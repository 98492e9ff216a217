# repr of strings: quotes and escapes.
print(repr("plain"))
print(repr("it's"))
print(repr('say "hi"'))
print(repr("both ' and \""))
print(repr("tab\there"), repr("new\nline"), repr("cr\r"))
print(repr("back\\slash"))
print(repr("\x00\x01\x7f"), repr("\x1b[0m"))
print(repr("é ü ß"), repr("\u2603"), repr("\xa0"))
print(repr(""), repr(" "))
print(["a'b", 'a"b', "a\nb"])
print(("x",), {"k": "v\tv"})
print(str("tab\there"))
print(len("\n\t\\"), len(r"\n\t\\"), r"raw\n")
print("""triple
quoted""")
print('''single "triple" 'quoted' ''')
print("line \
continued")
print("\101\102\x43 \u0044")
print(repr(str(1)), repr(repr("x")))
s = "a\"b'c"
print(s, repr(s), len(s))
print("%r" % "q'", "{!r}".format('q"'), f"{'x'!r}")
