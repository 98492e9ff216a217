class Animal:
    kind = 'animal'

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def intro(self):
        return f"I am {self.name}, {self.speak()}"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    kind = 'dog'

    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return f"{self.name} barks"


class Puppy(Dog):
    def __init__(self, name, breed, age):
        super(Puppy, self).__init__(name, breed)
        self.age = age

    def speak(self):
        return super().speak() + " softly"


class Cat(Animal):
    pass


animals = [Animal('generic'), Dog('rex', 'lab'), Puppy('bit', 'pug', 1), Cat('tom')]
for a in animals:
    print(repr(a), '|', a.intro(), '|', a.kind)
p = animals[2]
print(p.breed, p.age, p.name)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), issubclass(Dog, (Cat, Animal)))
print(isinstance(p, (int, Cat)), isinstance(p, (int, Dog)))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__, Dog.__base__)
print(Puppy.speak is Dog.speak, Cat.speak is Animal.speak)
print(Animal.speak(p))
print(Dog.speak(p))


class Base:
    def greet(self):
        return 'Base.greet'

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def helper(x):
        return x * 2


class Derived(Base):
    def greet(self):
        s = super()
        return 'Derived.greet > ' + s.greet()

    @classmethod
    def create(cls):
        obj = super().create()
        obj.tag = cls.__name__
        return obj

    def helper_twice(self, x):
        return self.helper(self.helper(x))


d = Derived.create()
print(type(d).__name__, d.tag, d.greet())
print(d.helper_twice(3), Derived.helper(5))


class A:
    def who(self):
        return ['A']


class B(A):
    def who(self):
        return ['B'] + super().who()


class C(B):
    def who(self):
        return ['C'] + super().who()


print(C().who(), B().who())
print(super(C, C()).who())
print(super(B, C()).who())

try:
    super(C, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    super(3, C())
except TypeError as e:
    print('TypeError:', e)
