class Robot:
    def __init__(self):
        self.position = 0

    def move_forward(self, steps):
        self.position += steps
        return self.position


r = Robot()
print(r.move_forward(3))
print(r.postion)
