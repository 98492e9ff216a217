class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError('pop from empty stack')
        return self.items.pop()


class Calculator:
    def __init__(self):
        self.stack = Stack()

    def apply(self, op):
        b = self.stack.pop()
        a = self.stack.pop()
        self.stack.push(op(a, b))


c = Calculator()
c.stack.push(2)
c.stack.push(3)
c.apply(lambda a, b: a * b)
print(c.stack.items)
c.apply(lambda a, b: a + b)
