# Uncaught AttributeError on a function object.
def helper():
    return 1

print(helper.__name__)
print(helper.qqflag)
