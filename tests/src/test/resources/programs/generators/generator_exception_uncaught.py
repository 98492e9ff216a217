# Uncaught: an exception raised inside a generator body propagates to the consumer.
def ratios(values):
    for v in values:
        yield 12 // v

total = 0
for r in ratios([3, 4, 0, 6]):
    total += r
    print("running total", total)
print("not reached")
