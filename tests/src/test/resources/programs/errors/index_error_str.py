# Uncaught IndexError from a string.
word = "abc"
i = 0
while True:
    print(i, word[i])
    i += 1
