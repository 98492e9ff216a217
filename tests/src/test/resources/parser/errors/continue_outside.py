for i in x:
    pass
continue
