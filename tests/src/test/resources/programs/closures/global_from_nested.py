# Creating and deleting module globals from nested functions.
def creator():
    def make():
        global created
        created = [1, 2, 3]
    make()

try:
    print(created)
except NameError as e:
    print(type(e).__name__, e)

creator()
print(created)

def deleter():
    global created
    del created

deleter()
try:
    print(created)
except NameError as e:
    print(type(e).__name__, e)

def lam_global():
    global via_loop
    for via_loop in range(3):
        pass

lam_global()
print(via_loop)

def reads_later_global():
    return later + 1

later = 41
print(reads_later_global())

def multi():
    global a1, a2
    a1, a2 = "one", "two"
    def nested():
        return a1 + a2
    return nested()

print(multi(), a1, a2)

def aug():
    global total
    try:
        total += 1
    except NameError as e:
        print("aug:", e)
        total = 0

aug(); aug(); aug()
print(total)
