class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key


class BadValue(AppError, ):
    def __init__(self, value, reason):
        self.value = value
        self.reason = reason

    def __str__(self):
        return f"bad value {self.value}: {self.reason}"


class MyValueError(ValueError):
    pass


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise NotFound(k)


try:
    lookup({}, 'x')
except AppError as e:
    print(type(e).__name__, e, e.args, e.key)

try:
    raise BadValue(3, 'too small')
except NotFound:
    print('wrong handler')
except AppError as e:
    print(type(e).__name__, '|', e, '|', e.args, repr(e.reason))

try:
    raise MyValueError('plain', 2)
except ValueError as e:
    print(type(e).__name__, e, e.args, repr(e))

try:
    int('x')
except MyValueError:
    print('not this one')
except ValueError as e:
    print('builtin ValueError:', e)

e = AppError()
print(repr(e), str(e), e.args)
print(isinstance(NotFound('k'), Exception), issubclass(MyValueError, Exception))
print(NotFound.__mro__[1:3])

try:
    try:
        raise NotFound('inner')
    except NotFound as exc:
        raise BadValue(1, 'outer') from exc
except BadValue as e:
    print(e, '<-', e.__cause__)


class Retry(Exception):
    attempts = 0

    def __init__(self, *args):
        super().__init__(*args)
        Retry.attempts += 1


for i in range(3):
    try:
        raise Retry(i)
    except Retry as r:
        print('retry', r.args[0], Retry.attempts)

try:
    MyValueError(x=1)
except TypeError as e:
    print('TypeError:', e)

raise NotFound('final')
