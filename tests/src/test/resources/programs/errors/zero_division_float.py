# Uncaught ZeroDivisionError from float true division.
def mean(xs):
    return sum(xs) / len(xs)

print(mean([1.0, 2.0, 4.5]))
print(mean([]))
