registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco


def log_calls(fn):
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args[1:], kwargs)
        return fn(*args, **kwargs)
    return wrapper


order = []


def trace(name):
    order.append('eval ' + name)

    def deco(cls):
        order.append('apply ' + name)
        return cls
    return deco


@register
@with_tag('v1')
class Service:
    @log_calls
    def run(self, x, y=2):
        return x * y


print(registry, Service.tag, Service().run(3), Service().run(3, y=5))


@trace('outer')
@trace('inner')
class Traced:
    order.append('body')


print(order)


def replace_with_instance(cls):
    return cls()


@replace_with_instance
class Config:
    debug = True

    def get(self, key):
        return getattr(self, key)


print(type(Config).__name__, Config.get('debug'))


def add_method(cls):
    def hello(self):
        return 'hello from ' + type(self).__name__
    cls.hello = hello
    return cls


@add_method
class Plain:
    pass


class SubPlain(Plain):
    pass


print(Plain().hello(), SubPlain().hello())
