# Assignment to None.
None = 5
