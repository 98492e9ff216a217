class Counter:
    def __init__(self):
        self.count = 0

    def increment(self, by=1):
        self.count += by
        return self.count


def make_incrementers(counter):
    def inc():
        return counter.increment()

    def inc_by(n):
        return lambda: counter.increment(n)

    return inc, inc_by


c = Counter()
inc, inc_by = make_incrementers(c)
five = inc_by(5)
print(inc(), inc(), five(), c.count)

callbacks = []
for i in range(3):
    obj = Counter()
    obj.increment(i)
    callbacks.append(lambda o=obj: o.count)
print([cb() for cb in callbacks])

late = []
for i in range(3):
    obj = Counter()
    obj.increment(i * 10)
    late.append(lambda: obj.count)
print([cb() for cb in late])


class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []

    def on_click(self, fn):
        self.handlers.append(fn)
        return fn

    def click(self):
        return [h(self) for h in self.handlers]


clicks = []
btn = Button('ok')


@btn.on_click
def record(b):
    clicks.append(b.label)
    return len(clicks)


btn.on_click(lambda b: b.label.upper())
print(btn.click(), btn.click(), clicks)


def bank():
    accounts = {}

    class Account:
        def __init__(self, name):
            self.name = name
            self.balance = 0
            accounts[name] = self

        def transfer(self, to, amount):
            self.balance -= amount
            accounts[to].balance += amount

    return Account, accounts


Account, registry = bank()
x, y = Account('x'), Account('y')
x.transfer('y', 30)
print(sorted((k, v.balance) for k, v in registry.items()))
print(Account.__qualname__, Account.transfer.__qualname__)
print(Account.__init__.__code__.co_freevars, Account.transfer.__code__.co_freevars)


def method_refs():
    c = Counter()
    bound = c.increment
    def call_twice():
        bound()
        return bound()
    return call_twice, c


call_twice, cc = method_refs()
print(call_twice(), call_twice(), cc.count)
