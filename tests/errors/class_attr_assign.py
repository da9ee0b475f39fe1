class Counter:
    total: int = 0
    STEP = 1

    def __init__(self) -> None:
        self.n = 0

    def bump(self) -> None:
        self.n += Counter.STEP


class Other:
    def reset(self, c: Counter) -> None:
        Counter.total = 0  # E: assignment to class attribute 'Counter.total' is outside py4: a class's attributes are fixed when it is defined [class-attr-assign]
        c.STEP = 2  # E: assignment to class attribute 'Counter.STEP' is outside py4: a class's attributes are fixed when it is defined [class-attr-assign]


def shout() -> None:
    print("!")


c = Counter()
c.n = 5
Counter.STEP = 3  # E: assignment to class attribute 'Counter.STEP' is outside py4: a class's attributes are fixed when it is defined [class-attr-assign]
Counter.total += 1  # E: assignment to class attribute 'Counter.total' is outside py4: a class's attributes are fixed when it is defined [class-attr-assign]
c.bump()
print(c.n)
