# import sys and time.
import sys
import time

print(type(sys.argv).__name__, len(sys.argv) >= 1)
print(sys.getrecursionlimit() > 0)
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc")
print()
print("write returned", n)

t0 = time.perf_counter()
total = 0
for i in range(1000):
    total += i
t1 = time.perf_counter()
print(total, t1 - t0 >= 0, type(t0).__name__)
w0 = time.time()
time.sleep(0.01)
w1 = time.time()
print(w1 >= w0, w0 > 1_000_000_000)
p0 = time.perf_counter()
time.sleep(0.02)
print(time.perf_counter() - p0 >= 0.0)

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

sys.setrecursionlimit(2000)
print(depth(1500))
sys.setrecursionlimit(old)

from sys import getrecursionlimit as grl
print(grl() == old)
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit caught, code", e.code)
print("still running")
try:
    import nonexistent_module_xyz
except Exception as e:
    print(type(e).__name__, e)
sys.exit()
print("not reached")
