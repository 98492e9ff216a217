class Secret:
    __count = 0

    def __init__(self, value):
        self.__value = value
        Secret.__count += 1

    def __hidden(self):
        return f"hidden {self.__value}"

    def reveal(self):
        return self.__hidden()

    @classmethod
    def count(cls):
        return cls.__count

    def __dunder__(self):
        return 'not mangled'


s = Secret(42)
print(s.reveal(), Secret.count(), s.__dunder__())
print(sorted(vars(s)), s._Secret__value, s._Secret__hidden())
try:
    s.__value
except AttributeError as e:
    print('AttributeError:', e)
print(sorted(k for k in Secret.__dict__ if 'Secret' in k))


class Child(Secret):
    def __init__(self, value):
        super().__init__(value)
        self.__value = 'child ' + str(value)

    def both(self):
        return self.__value, self._Secret__value


c = Child(7)
print(c.both(), c.reveal(), sorted(vars(c)))


class _Under:
    def __init__(self):
        self.__x = 1


print(vars(_Under()))


def outside():
    class Inner:
        def get(self, __arg=5):
            __local = __arg * 2
            return __local
    return Inner().get(), Inner.get.__code__.co_varnames


print(outside())
print(getattr(s, '_Secret__count'), hasattr(s, '__count'))
