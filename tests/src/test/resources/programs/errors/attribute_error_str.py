# Uncaught AttributeError on a str, from inside a function.
def shout(s):
    return s.zzloud()

print("hi".upper())
shout("hi")
