# An inner function reading and writing a generator's local while it is suspended.
def home():
    value = 0
    def peek():
        return value
    def poke(v):
        nonlocal value
        value = v
    yield peek, poke
    while value < 100:
        print("  generator sees", value)
        value += 1
        yield value

g = home()
peek, poke = next(g)
print("peek:", peek())
print(next(g), peek())
poke(50)
print("peek after poke:", peek())
print(next(g), peek())
poke(99)
print(next(g))
print(next(g, "stopped"), peek())
print("frame gone:", g.gi_frame is None, "cell still readable:", peek())
print(sorted(home.__code__.co_cellvars))

def labelled(label):
    history = []
    def record(x):
        history.append((label, x))
    while len(history) < 3:
        x = yield record
        record(x)
    return history

g = labelled("L")
rec = next(g)
rec("outside")
g.send("sent-1")
try:
    g.send("sent-2")
except StopIteration as e:
    print(e.value)

def generator_reading_cell_before_assignment():
    def show():
        return late
    yield show
    late = "now bound"
    yield show

g = generator_reading_cell_before_assignment()
show = next(g)
try:
    show()
except NameError as e:
    print("NameError:", e)
next(g)
print(show())
