# Layout: indentation, continuation lines, comments, blank lines.

x = (1 +
     2)   # comment
y = [
    1,
    2,
]

z = 1 + \
    2
if x:

    # comment in block

    y = 1
        # odd comment
    z = 2
def f(a,
      b):
	return a  # tab indented
class K:
    def m(self):
        if self:
            return 1
        else:
            return 2
    x = 3
if a: pass
elif b: pass
else: pass
while 0: pass
for i in x: pass
d = {
    'a': 1,   # trailing
    'b': 2
}
s = ('a'
     'b'
     f'{x}')
match = 1
match(x)
case = 2
type = 3
_ = 4
__dunder__ = 5
def f2(): return (
    1
)
x = 1;
名前
