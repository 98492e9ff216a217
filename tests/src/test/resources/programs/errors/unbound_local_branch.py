# UnboundLocalError when a branch that assigns the local was not taken.
def pick(flag):
    if flag:
        result = "chosen"
    print("flag is", flag)
    return result

print(pick(True))
print(pick(False))
