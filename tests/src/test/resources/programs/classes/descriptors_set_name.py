class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.private = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name} must be int, got {type(value).__name__}")
        setattr(obj, self.private, value)


class Record:
    id = Field()
    count = Field()

    def __init__(self, id, count=0):
        self.id = id
        self.count = count


r = Record(7, 3)
print(r.id, r.count, sorted(vars(r)))
r.count += 1
print(r.count, Record.__dict__['id'].owner, Record.__dict__['count'].name)
try:
    r.id = 'x'
except TypeError as e:
    print('TypeError:', e)
print(Record.id is Record.__dict__['id'], type(Record.count).__name__)


class Const:
    def __init__(self, v):
        self.v = v

    def __get__(self, obj, objtype=None):
        return (self.v, obj is None, objtype.__name__)


class Holder:
    c = Const(5)


print(Holder.c, Holder().c[:2])
