# A string literal that never ends.
greeting = "hello
print(greeting)
