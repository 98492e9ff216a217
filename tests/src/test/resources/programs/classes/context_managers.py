class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
        self.log = []

    def __enter__(self):
        self.log.append('enter')
        print('enter', self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append('exit')
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Tracker('a') as t:
    print('body', t.name)
print(t.log)

with Tracker('quiet', suppress=True):
    raise KeyError('gone')
print('after suppressed')

try:
    with Tracker('loud'):
        1 / 0
except ZeroDivisionError as e:
    print('propagated:', e)

with Tracker('outer') as o, Tracker('inner') as i:
    print('both', o.name, i.name)


def early(n):
    with Tracker('fn'):
        if n:
            return 'early'
    return 'late'


print(early(1), early(0))

for k in range(3):
    with Tracker(f'loop{k}'):
        if k == 0:
            continue
        if k == 2:
            break
        print('k =', k)


class Timer:
    depth = 0

    def __enter__(self):
        Timer.depth += 1
        return Timer.depth

    def __exit__(self, *args):
        Timer.depth -= 1


with Timer() as d1:
    with Timer() as d2:
        print('depths', d1, d2, Timer.depth)
print('depth after', Timer.depth)


class Swallow:
    def __enter__(self):
        return 'value'

    def __exit__(self, t, v, tb):
        return isinstance(v, ValueError)


for exc in (ValueError('v'), TypeError('t')):
    try:
        with Swallow() as s:
            raise exc
        print('swallowed', s)
    except TypeError as e:
        print('escaped', e)


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)


class OnlyExit:
    def __exit__(self, *a):
        pass


try:
    with OnlyExit():
        pass
except TypeError as e:
    print('TypeError:', e)
