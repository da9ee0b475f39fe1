"""@classmethod: alternative constructors through cls(...), cls.CONST, inherited by a subclass (cls is the subclass there)."""

from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int
    KIND = "point"

    @classmethod
    def origin(cls) -> "Point":
        return cls(0, 0)

    @classmethod
    def parse(cls, s: str) -> "Point":
        a, b = s.split(",")
        return cls(int(a), int(b))

    @classmethod
    def kind(cls) -> str:
        return cls.KIND


@dataclass
class Point3(Point):
    z: int = 0
    KIND = "point3"


def main() -> None:
    print(Point.origin(), Point.parse("3,4"), Point3.origin(), Point3.parse("1,2"))
    print(Point.kind(), Point3.kind(), Point(1, 1).kind())


if __name__ == "__main__":
    main()
