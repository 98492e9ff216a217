class Account:
    """A bank account."""
    interest = 0.05
    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1

    def deposit(self, amount):
        self.balance += amount
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds: %d > %d" % (amount, self.balance))
        self.balance -= amount
        return self.balance

    def add_interest(self):
        self.deposit(self.balance * self.interest)

    def describe(self):
        return f"{self.owner}: {self.balance:.2f}"


a = Account("ann", 100)
b = Account("bob")
print(Account.count, a.count, b.count)
a.deposit(50).deposit(25)
print(a.describe(), b.describe())
a.add_interest()
print(a.describe())
try:
    b.withdraw(10)
except ValueError as e:
    print("error:", e)
print(a.withdraw(75))

# instance attribute shadows class attribute
b.interest = 0.5
print(a.interest, b.interest, Account.interest)
del b.interest
print(b.interest)
Account.interest = 0.1
print(a.interest, b.interest)

print(type(a).__name__, a.__class__.__name__, type(a) is Account)
print(Account.__name__, Account.__qualname__, Account.__module__, Account.__doc__)
print(sorted(a.__dict__.items()))
print(sorted(k for k in Account.__dict__ if not k.startswith('__')))
print(Account.deposit.__name__, Account.deposit.__qualname__)
r = repr(a)
print(r.startswith('<__main__.Account object at 0x'), r.endswith('>'))
print(str(a) == repr(a))
print(Account)
print(a.deposit.__self__ is a, a.deposit.__func__ is Account.deposit)
m = a.describe
a.owner = 'ANN'
print(m())
print(Account.describe(b))
print(hasattr(a, 'owner'), hasattr(a, 'nothing'), getattr(a, 'nothing', 'dflt'))
setattr(a, 'extra', [1, 2])
print(a.extra, vars(a)['extra'])

class Empty:
    pass

e = Empty()
e.x = 1
print(e.x, Empty.__doc__, Empty.__bases__, Empty.__base__)
print(isinstance(e, Empty), isinstance(e, object), isinstance(3, Empty))
print(issubclass(Empty, object), issubclass(Account, Empty))
print(type(Empty), type(Empty).__name__)
print(Empty.__mro__)
