# Uncaught exception raised without a message: the last line is just the type.
def todo():
    raise NotImplementedError

print("before")
todo()
