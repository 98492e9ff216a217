# Statements of every kind, simple and compound.
import sys
import os.path as osp, time
from . import sibling
from .. pkg import a as b, c
from mod import (x, y as z,)
from m import *
x = 1; y = 2;
a = b = c = [1, 2, 3]
a, *rest = 1, 2, 3
[p, (q, r)] = 1, (2, 3)
*init, last = range(5)
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 3; x **= 2
x <<= 1; x >>= 1; x &= 7; x |= 8; x ^= 1; x @= m
obj.attr = 5
obj.attr += 1
d['k'] = 3
d['k'] -= 1
n: int = 5
m: list
obj.field: str = 'v'
del x, d['k'], obj.attr
del (a, b), [c]
assert x, 'message'
assert y
pass
global g1, g2
if x:
    pass
elif y:
    pass
elif z:
    x = 1
else:
    y = 2
if x: y = 1
if x: y = 1; z = 2
while x:
    x -= 1
    if x == 3:
        break
    continue
else:
    print('done')
for i in range(10):
    pass
for i, j in pairs:
    pass
for (i, j) in pairs: pass
for i, in seq: pass
for *a, b in seqs:
    pass
else:
    pass
try:
    risky()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except Exception as exc:
    raise RuntimeError('x') from exc
except:
    raise ValueError
else:
    ok()
finally:
    cleanup()
try:
    pass
finally:
    pass
with open('f') as fh, lock:
    pass
with a as (b, c):
    pass
with (open('a') as f1, open('b') as f2,):
    pass
with (a, b):
    pass
with (yield_thing):
    pass
with (a):
    pass
with a.b as c.d, e as f[0]:
    pass
raise
raise E
raise E('m') from None
