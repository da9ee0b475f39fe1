# flags: --strict-frozen
from dataclasses import dataclass


class Mutable:
    def __init__(self) -> None:
        self.n = 0

    def __repr__(self) -> str:
        return "Mutable()"


@dataclass(frozen=True)
class Point:
    x: int
    y: int


@dataclass(frozen=True)
class Shape:
    points: list[Point]  # E: frozen dataclass 'Shape' is not a deep value: field 'points' has the mutable type 'list[Point]' [not-deep-value]
    corner: Point
    name: str
    tags: dict[str, int] | None  # E: frozen dataclass 'Shape' is not a deep value: field 'tags' has the mutable type 'dict[str, int] | None' [not-deep-value]
    owner: Mutable  # E: frozen dataclass 'Shape' is not a deep value: field 'owner' has the mutable type 'Mutable' [not-deep-value]
    pair: tuple[int, Point]


print(Shape([Point(1, 2)], Point(0, 0), "s", None, Mutable(), (1, Point(3, 4))).name)
