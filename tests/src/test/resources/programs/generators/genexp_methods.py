# Generator expressions are generators: send(None), throw and close work on them.
ge = (x * 2 for x in range(5))
print(ge.send(None))
print(next(ge))
print(ge.send(None))
print("a value sent to a started genexp is ignored:", ge.send("value"))
print(next(ge))

ge = (x for x in range(3))
try:
    ge.send(1)
except TypeError as e:
    print("unstarted:", e)

ge = (x for x in range(5))
next(ge)
try:
    ge.throw(ValueError("into genexp"))
except ValueError as e:
    print("throw escaped:", e)
print("after throw:", list(ge), ge.gi_frame)

ge = (x for x in range(5))
next(ge)
print("close:", ge.close(), list(ge))

ge = (x for x in range(5))
print("close unstarted:", ge.close(), list(ge))

def reader():
    return (item.strip() for item in [" a ", "b  "])

r = reader()
print([next(r), next(r)], next(r, "empty"))

seen = []
ge = (seen.append(x) or x for x in "abc")
print(next(ge), seen)
ge.close()
print(seen, list(ge))

src = iter([1, 2, 3, 4])
ge = (x for x in src)
print(next(ge))
print(next(src))
print(list(ge))
