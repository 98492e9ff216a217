def first():
    def inner():
        nonlocal gone
    return inner
def second():
    def inner():
        nonlocal missing_too
    return inner
