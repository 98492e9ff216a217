# Uncaught: generator ignored GeneratorExit.
def g():
    try:
        yield 1
    except GeneratorExit:
        pass
    yield 2

it = g()
print(next(it))
it.close()
print("not reached")
