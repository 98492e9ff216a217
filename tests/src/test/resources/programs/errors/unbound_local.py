# Uncaught UnboundLocalError: assignment later in the function makes it local.
count = 10

def bump():
    print("bumping")
    count = count + 1
    return count

print("global count", count)
bump()
