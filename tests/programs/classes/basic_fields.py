"""Class fields: annotated class-body fields with defaults and fields set in __init__."""


class Counter:
    step: int = 1
    label: str = "counter"

    def __init__(self, start: int) -> None:
        self.value = start
        self.history: list[int] = []

    def tick(self) -> int:
        self.history.append(self.value)
        self.value += self.step
        return self.value

    def describe(self) -> str:
        return f"{self.label}={self.value} after {len(self.history)} ticks"


class Point:
    x: float = 0.0
    y: float = 0.0
    name: str = "origin"


def main() -> None:
    c = Counter(10)
    for _ in range(3):
        c.tick()
    print(c.describe(), c.history)
    c.step = 5
    c.label = "fast"
    c.tick()
    print(c.describe(), c.history)
    p = Point()
    print(p.x, p.y, p.name)
    p.x = 1.5
    p.y = -2.25
    p.name = "moved"
    print(p.x + p.y, p.name)
    q = Point()
    print(q.x, q.name)
    d = Counter(-3)
    d.value *= 4
    d.history.extend([1, 2])
    print(d.value, d.history, c.value)
    flag: bool = d.value < 0
    print(flag)


if __name__ == "__main__":
    main()
