a + b - c * d / e // f % g ** h @ i
-a + +b - ~c
not a
a and b and c
a or b or c
a and b or c and not d
a < b <= c > d >= e == f != g
a in b
a not in b
a is b
a is not b
a is not b not in c
a | b ^ c & d << e >> f
a ** -b
-a ** b
(a + b) * c
a if b else c
a if b else c if d else e
(x := 5)
[y := 1, y ** 2]
a[0]
a[1:2]
a[:]
a[::2]
a[1:]
a[:2]
a[::]
a[1:2:3]
a[1:2, 3]
a[1, 2]
a[1,]
a[:, None]
a[...]
a[b][c]
a.b.c
a.b(c).d[e]
(1,)
()
(1, 2, 3)
1, 2
[]
[1, 2, 3,]
[*a, *b]
{}
{1: 2, 3: 4}
{**a, 'b': 1, **c}
{1, 2, 3}
{*a, 1}
[x for x in y]
[x for x in y if x if not x]
[x * y for x in a for y in b if x < y]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
[(a, b) for a, b in c]
[x for x, in y]
[lambda: x for x in y]
[x for x in (yield_) if x]
[[y for y in x] for x in z]
1 if 2 else 3
lambda: (yield)
...
None
True
False
