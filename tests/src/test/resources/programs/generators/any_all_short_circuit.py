# any() and all() stop as soon as the answer is known; the rest stays unconsumed.
def checked(values):
    for v in values:
        print("  checking", v)
        yield v

g = checked([0, 0, 3, 0, 5])
print(any(g))
print("remaining after any:", list(g))

g = checked([1, 2, 0, 4])
print(all(g))
print("remaining after all:", list(g))

g = (print("  testing", x) or x > 2 for x in range(6))
print(any(g))
print("next after any:", next(g))
print("state:", g.gi_frame.f_locals["x"])
print(list(g))

print(any(checked([])), all(checked([])))
print(all(checked([1, "a", [0]])))

limit = 3
g = (x for x in range(10) if x < limit)
print(all(g), "then", list(g))

found = None
nums = iter([4, 6, 7, 8])
if any((found := n) % 2 for n in nums):
    print("first odd:", found)
print("rest of nums:", list(nums))

print(any(x for x in [0, "", None, [], "z"]))
print(all(x for x in [1, "a", None, 2]))
