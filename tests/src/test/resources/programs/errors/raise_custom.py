# Uncaught exception raised with a custom message.
def withdraw(balance, amount):
    if amount > balance:
        raise ValueError("insufficient funds: balance %d, requested %d" % (balance, amount))
    return balance - amount

b = 100
b = withdraw(b, 30)
print("balance", b)
b = withdraw(b, 80)
print("not reached")
