from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: int
    y: int

    def move(self, dx: int) -> None:
        self.x += dx  # E: Property "x" defined in "Point" is read-only [misc]


def shift(p: Point) -> None:
    alias = p
    alias.y = 3  # E: Property "y" defined in "Point" is read-only [misc]


shift(Point(1, 2))
