# A closure sees the variable's value at call time, not at creation time.
def demo():
    msg = "first"
    def speak():
        return msg
    print(speak())
    msg = "second"
    print(speak())
    msg = msg + " and third"
    print(speak())
    return speak

sp = demo()
print(sp())

def late_definition():
    def uses_later():
        return later_value * 2
    later_value = 21
    return uses_later()

print(late_definition())

def list_rebind():
    data = [1, 2]
    def total():
        return sum(data)
    print(total())
    data.append(3)
    print(total())
    data = [100]
    print(total())

list_rebind()

def counter_via_loop():
    fns = []
    for name in ["a", "b", "c"]:
        def f():
            return name
        fns.append(f)
        print("during", [g() for g in fns])
    return fns

print("after", [g() for g in counter_via_loop()])

def swap():
    x, y = 1, 2
    def get():
        return (x, y)
    x, y = y, x
    return get()

print(swap())
