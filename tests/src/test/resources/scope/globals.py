# global declarations, module-level effects and qualified names.
counter = 0


def increment():
    global counter
    counter += 1
    return counter


def declares_unassigned():
    global fresh
    fresh = "made"


def reads_global():
    return counter + len("abc")


def makes_global_function():
    global produced

    def produced():
        return 1

    class Made:
        pass

    return Made


def inner_global():
    def f():
        global counter
        return counter
    return f


def nested_global_shadow():
    counter = "local"

    def g():
        global counter
        return counter

    def h():
        return counter

    return g, h


global module_level
module_level = 1
del module_level
