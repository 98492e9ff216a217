# Uncaught: a StopIteration leaking out of a generator body.
def take_two(it):
    yield next(it)
    yield next(it)

source = iter(["only"])
for item in take_two(source):
    print("got", item)
print("not reached")
