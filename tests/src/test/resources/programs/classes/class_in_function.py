def make_class(prefix, base=object):
    class Greeter(base):
        greeting = prefix + '!'

        def greet(self, name):
            return f"{prefix}, {name}"

        def shout(self, name):
            return self.greet(name).upper() + self.greeting

    return Greeter


Hello = make_class('Hello')
Hi = make_class('Hi')
print(Hello().greet('ann'), Hi().greet('bob'), Hello().shout('cy'))
print(Hello is Hi, Hello.__name__, Hello.__qualname__)
print(Hello)
print(Hello.greet.__code__.co_freevars, Hello.greet.__closure__[0].cell_contents)
print(Hello.shout.__code__.co_freevars)


class Root:
    def who(self):
        return 'root'


Sub = make_class('Yo', Root)
print(Sub().who(), Sub().greet('dee'), Sub.__mro__[1].__name__)


def counter_class():
    count = 0

    class Counted:
        nonlocal count
        count += 100

        def __init__(self):
            nonlocal count
            count += 1
            self.serial = count

        @staticmethod
        def total():
            return count

    return Counted


Counted = counter_class()
objs = [Counted() for _ in range(3)]
print([o.serial for o in objs], Counted.total())


def outer():
    x = 'outer-x'

    class Inner:
        y = x + '-seen'

        class Nested:
            z = 'nested'

            def get(self):
                return x

        def method(self):
            return self.Nested().get()

    return Inner


I = outer()
print(I.y, I.Nested.z, I().method(), I.Nested.__qualname__, I.Nested.get.__qualname__)


def uses_later():
    class C:
        def get(self):
            return later
    c = C()
    try:
        c.get()
    except NameError as e:
        print('NameError:', e)
    later = 'bound now'
    return c.get()


print(uses_later())
