# An uncaught TypeError from send() to a just-started generator.
def gen():
    value = yield "first"
    print(value)

g = gen()
print("about to send")
g.send("hello")
print("not reached")
