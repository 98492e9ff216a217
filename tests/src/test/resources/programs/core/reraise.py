# Re-raising with bare raise, and raise inside except.
def risky(n):
    if n < 0:
        raise ValueError("negative: %d" % n)
    return n * 2

def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("wrapper saw it, re-raising")
        raise

print(wrapper(3))
try:
    wrapper(-1)
except ValueError as e:
    print("outer got:", e)

def reraise_later():
    try:
        raise KeyError("kept")
    except KeyError as e:
        saved = e
    try:
        raise saved
    except KeyError as e:
        return e is saved, str(e)

print(reraise_later())

def nested_handlers():
    try:
        try:
            raise TypeError("t")
        except TypeError:
            try:
                raise ValueError("v")
            except ValueError:
                pass
            raise
    except TypeError as e:
        return "bare raise re-raised the TypeError: " + str(e)
    except ValueError as e:
        return "wrong: " + str(e)

print(nested_handlers())

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

def raise_class():
    raise IndexError

try:
    raise_class()
except IndexError as e:
    print("raised a class:", repr(e))

try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)

count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError(count)
        break
    except ValueError as e:
        print("retry after", e)
print("count", count)
