# Uncaught: generator already executing.
def recurse():
    yield next(it)

it = recurse()
print("start")
print(next(it))
