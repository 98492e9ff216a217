class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError('below absolute zero')
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def describe(v):
        return f"{v:.1f} degrees"


t = Temperature(100)
print(t.celsius, t.fahrenheit, Temperature.describe(t.celsius), t.describe(1))
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print('AttributeError:', e)
print(Temperature.from_f(212).celsius, type(Temperature.from_f(32)).__name__)
print(type(Temperature.__dict__['celsius']).__name__, type(Temperature.__dict__['from_f']).__name__)


class Registry:
    items = []

    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return cls

    @classmethod
    def size(cls):
        return len(cls.items)


class SubRegistry(Registry):
    items = []


Registry.register('a').register('b')
SubRegistry.register('c')
print(Registry.items, SubRegistry.items, Registry.size(), SubRegistry().size())


class Lazy:
    def __init__(self):
        self.computed = 0

    def __getattr__(self, name):
        if name.startswith('x_'):
            self.computed += 1
            return name[2:] * 2
        raise AttributeError(f"no {name}")


lz = Lazy()
print(lz.x_ab, lz.x_c, lz.computed, getattr(lz, 'missing', 'dflt'), hasattr(lz, 'y'))
try:
    lz.other
except AttributeError as e:
    print('AttributeError:', e)


class Audited:
    def __init__(self):
        self.log = []

    def __setattr__(self, name, value):
        if name != 'log':
            self.log.append(name)
        object.__setattr__(self, name, value)


au = Audited()
au.a = 1
au.b = 2
au.a = 3
print(au.log, au.a, au.b)


class Singleton:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.created_with = args
        return cls._instance

    def __init__(self, *args):
        self.last = args


s1 = Singleton(1)
s2 = Singleton(2)
print(s1 is s2, s1.created_with, s1.last)


class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class CsvPlugin(Plugin, name='csv'):
    pass


class JsonPlugin(Plugin):
    pass


print(Plugin.registry, CsvPlugin.plugin_name, JsonPlugin.plugin_name)
