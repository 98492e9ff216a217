# TypeError texts for bad calls.
def two(a, b):
    return a + b

def kwo(a, *, k):
    return a, k

def dflt(a, b=1):
    return a, b

def none():
    return 0

def star(*args):
    return args

five = 5
text = "str"
nothing = None
pair = [1, 2]

attempts = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, 2, c=3),
    lambda: two(1, a=2),
    lambda: kwo(1),
    lambda: kwo(1, 2),
    lambda: kwo(k=1),
    lambda: dflt(),
    lambda: dflt(1, 2, 3),
    lambda: none(1),
    lambda: none(x=1),
    lambda: star(x=1),
    lambda: two(*[1, 2, 3]),
    lambda: two(**{"a": 1, "b": 2, "c": 3}),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(5),
    lambda: len(),
    lambda: len([], []),
    lambda: five(),
    lambda: text(),
    lambda: nothing(),
    lambda: pair(0),
]

for i, attempt in enumerate(attempts):
    try:
        r = attempt()
        print(i, "ok", r)
    except TypeError as e:
        print(i, type(e).__name__, e)
