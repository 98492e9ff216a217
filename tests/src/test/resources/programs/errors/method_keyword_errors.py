# Methods of builtin types that take no keyword arguments name their type in the error,
# as CPython's do; the argument-count messages keep the bare name.
calls = [
    lambda: {}.get(default=1), lambda: [].pop(index=0), lambda: {}.pop(key=1),
    lambda: {}.setdefault(key=1), lambda: dict.fromkeys(iterable=[]),
    lambda: [].insert(index=0, object=1), lambda: [1].index(value=1), lambda: (1,).index(value=1),
    lambda: 'a'.replace(old='a', new='b'), lambda: 'a'.strip(chars='a'), lambda: 'a'.center(width=3),
    lambda: 'a'.startswith(prefix='a'), lambda: 'a'.ljust(width=3), lambda: 'a'.find(sub='a'),
    lambda: 'a'.count(x='a'), lambda: 'a'.rfind(sub='a'), lambda: 'a'.endswith(suffix='a'),
    lambda: {}.get(), lambda: [].pop(1, 2), lambda: 'a'.find(), lambda: 'a'.replace('a'),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print(e)
