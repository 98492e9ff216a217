# An uncaught read of a deleted free variable.
def outer():
    qxz = [1, 2, 3]
    def show():
        return len(qxz)
    print(show())
    del qxz
    return show

f = outer()
print("calling")
print(f())
print("not reached")
