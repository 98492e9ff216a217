# An exception raised while handling another one, uncaught.
try:
    [][1]
except IndexError:
    print("handling IndexError")
    {}["inner"]
