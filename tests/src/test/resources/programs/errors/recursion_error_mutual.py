# RecursionError caught once, then uncaught from mutual recursion.
def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

try:
    ping(0)
except RecursionError as e:
    print("caught:", e)
print("again, uncaught")
ping(0)
