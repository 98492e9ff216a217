# break outside of any loop.
def f():
    break
f()
