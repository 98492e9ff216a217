class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __format__(self, spec):
        if spec == 'c':
            return f"{self.cents}c"
        return format(str(self), spec)


m = Money(1234)
print(m, repr(m), str(m), [m], (m,), {'k': m})
print(f"{m} {m!r} {m:c} {m:>10}|")
print('%s and %r' % (m, m))
print('{} / {!r}'.format(m, m))


class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'


o = OnlyRepr()
print(o, str(o), f"{o}", [o])


class OnlyStr:
    def __str__(self):
        return 'just str'


s = OnlyStr()
print(s, repr(s).startswith('<__main__.OnlyStr object at 0x'))


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        if not self.children:
            return f"Node({self.value!r})"
        return f"Node({self.value!r}, {self.children!r})"


print(Node('root', [Node(1), Node('x', [Node(2.5)])]))


def make():
    class Local:
        pass
    return Local


L = make()
print(L, L.__qualname__, repr(L()).startswith('<__main__.make.<locals>.Local object at 0x'))


class Outer:
    class Inner:
        pass


print(Outer.Inner, Outer.Inner.__qualname__, Outer.Inner.__name__)
print(repr(Outer.Inner()).split(' at ')[0])
print(str(Money), repr(int), type(Money(1)))
