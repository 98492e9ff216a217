fn = lambda x, **x: x
