# Uncaught AttributeError on None (a function that forgot to return).
def find(xs, target):
    for x in xs:
        if x == target:
            return x

print(find(["a", "b"], "b").upper())
print(find(["a", "b"], "c").upper())
