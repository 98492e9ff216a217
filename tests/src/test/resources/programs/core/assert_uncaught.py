# assert: passing, caught, then an uncaught failure with a message.
assert True
assert 1 + 1 == 2, "math works"
try:
    assert False
except AssertionError as e:
    print("no message:", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("message:", e)
try:
    assert [], ["message", "as", "list"]
except AssertionError as e:
    print(e.args)
calls = []
def msg():
    calls.append("msg evaluated")
    return "lazy"
assert True, msg()
print("calls after passing assert:", calls)
def check(x):
    assert x >= 0, "x must be non-negative, got %d" % x
    return x
print(check(5))
print(check(-3))
print("not reached")
