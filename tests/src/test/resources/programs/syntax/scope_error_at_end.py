# A symtable error at the end of the file: nothing before it may run.
print("this must not be printed either")
def ok():
    return 1
print(ok())
def bad(p):
    global p
