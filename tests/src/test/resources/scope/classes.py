# Class bodies: not enclosing methods, free variables of their own, __class__ and mangling.
x = "global x"


def factory(y):
    z = "factory z"

    class Inner:
        y_seen = y
        x = "class x"
        z = z

        def method(self):
            return x, y, z

        def uses_super(self):
            return super().__repr__()

        def uses_class(self):
            return __class__

        def __private(self):
            __hidden = 1
            return __hidden

        class Nested:
            def deep(self):
                return y

    return Inner


class Base:
    def greet(self):
        return "base"


class Child(Base):
    attr = 1

    def greet(self):
        return "child " + super().greet()

    def lambda_super(self):
        return (lambda: super().greet())()

    def comp_super(self):
        return [super().greet() for _ in range(1)]

    def not_attr(self):
        return attr


def class_nonlocal():
    value = 1

    class K:
        nonlocal value
        value = 2

    return value


class Mangle:
    __slot = 1
    __dunder__ = 2

    def get(self, __arg):
        return self.__slot, __arg, __dunder__

    def _inner(self):
        def helper(__q):
            return __q
        return helper


print(factory(1)().method())
