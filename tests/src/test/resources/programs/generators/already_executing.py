# A running generator cannot be resumed from inside itself.
def selfish():
    print("  running:", gen.gi_running)
    try:
        next(gen)
    except ValueError as e:
        print("  next:", e)
    try:
        gen.send(None)
    except ValueError as e:
        print("  send:", e)
    try:
        gen.throw(KeyError)
    except ValueError as e:
        print("  throw:", e)
    try:
        gen.close()
    except ValueError as e:
        print("  close:", e)
    yield "survived"
    print("  second resume, running:", gen.gi_running)
    yield "again"

gen = selfish()
print("before:", gen.gi_running)
print(next(gen))
print("between:", gen.gi_running)
print(next(gen))
print(list(gen))

def through_helper():
    def helper():
        return next(g2)
    yield helper()

g2 = through_helper()
try:
    next(g2)
except ValueError as e:
    print("via helper:", e)
print("g2 frame:", g2.gi_frame)
