def helper():
    return {}['k']


class Config:
    name = 'cfg'

    def load(self):
        return helper()


print('defined', Config.name)


class Failing:
    ok = 1
    value = Config().load()
