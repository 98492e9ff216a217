# Uncaught KeyError: the message is the repr of the key.
inventory = {"apples": 3, "pears": 0}
for name in ["apples", "pears"]:
    print(name, inventory[name])

def lookup(d, k):
    return d[k]

print(lookup(inventory, "plums"))
