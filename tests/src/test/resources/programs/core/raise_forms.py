# Other forms of raise: no active exception, raising a class, raising a non-exception,
# and raising in a retry loop.
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
