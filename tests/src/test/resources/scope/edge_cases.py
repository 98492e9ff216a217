# Corners of CPython's symtable: free names through classes, super in nested code, mangling.
def outer(shared, other):
    class Declares:
        global shared
        shared = 1

        def sees_enclosing(self):
            return shared

    class Reads:
        copy = other
        lam = lambda self: other

        def nested_super(self):
            def helper():
                return super()
            return helper

        def deletes(self):
            del_me = 1

            def use():
                return del_me

            del del_me
            return use

    return Declares, Reads


def annotation_refs():
    kind = int

    def typed(arg: kind) -> None:
        value: kind = arg
        return value

    return typed


class A:
    class __B:
        def __m(self, __y):
            __x = __y
            return __x

    def uses_b(self):
        return self.__B, __B


def handler_cell():
    try:
        raise ValueError("v")
    except ValueError as caught:
        return lambda: caught


def imports_in_function():
    import os.path
    import collections.abc as cabc
    from functools import reduce as fold

    def later():
        return os, cabc, fold

    return later


def gen_finally(items):
    try:
        for it in items:
            yield it
    finally:
        done = True
        print(done)


def global_class():
    global Shown

    class Shown:
        def method(self):
            return 1

    return Shown


def walrus_in_method_comp():
    class Box:
        def fill(self, data):
            [last := d for d in data]
            return last
    return Box


class ComprehensionsInClass:
    base = 10
    firsts = [base for _ in range(2)]
    gen = (n for n in range(base))


def deep_chain(a):
    def level1():
        def level2():
            def level3():
                return a
            return level3
        return level2
    return level1
