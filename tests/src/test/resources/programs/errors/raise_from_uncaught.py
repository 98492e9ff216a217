# Uncaught exception with an explicit cause: the last line is the final exception.
def load(key):
    table = {"a": 1}
    try:
        return table[key]
    except KeyError as e:
        raise LookupError("cannot load " + key) from e

print(load("a"))
load("b")
