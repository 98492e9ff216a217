# gi_running, gi_code and the names of generators.
def watcher():
    print("  inside, running:", w.gi_running)
    yield 1
    print("  inside again, running:", w.gi_running)
    yield 2

w = watcher()
print("before:", w.gi_running)
next(w)
print("suspended:", w.gi_running)
next(w)
list(w)
print("finished:", w.gi_running)

ge = (w2.gi_running for _ in range(2))
w2 = ge
print("genexp sees itself running:", list(ge))

def outer():
    def inner_gen():
        yield
    return inner_gen()

g = outer()
print(type(g).__name__)
print(g.__name__, g.__qualname__)
print(g.gi_code.co_name)
print(watcher().__name__, watcher().__qualname__, watcher().gi_code.co_name)
ge = (x for x in "a")
print(ge.__name__, ge.__qualname__, ge.gi_code.co_name)

def in_func():
    return (y for y in "b")

print(in_func().__qualname__)
print(repr(g).startswith("<generator object outer.<locals>.inner_gen at 0x"))
def strip_address(r):
    at = r.index(" at 0x")
    digits = r[at + 6:-1]
    ok = len(digits) > 0 and all(c in "0123456789abcdef" for c in digits) and r.endswith(">")
    return r[:at] + " at ADDR>", ok

print(strip_address(repr(g)))
print(strip_address(repr(ge)))
print(strip_address(repr(watcher())))
print(strip_address(str(in_func())))

print(iter(g) is g, iter(ge) is ge)
print(g.__iter__() is g)
print(next(ge), ge.__next__ is not None)

print(type(g) is type(ge), type(g) is type(watcher()))
print(callable(watcher), callable(g))
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"), hasattr(g, "__next__"))
print(watcher.__code__.co_name, watcher.__name__)
print(g.gi_code is outer().gi_code)

renamed = watcher()
renamed.__name__ = "custom"
print(renamed.__name__, renamed.__qualname__, renamed.gi_code.co_name)
