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
