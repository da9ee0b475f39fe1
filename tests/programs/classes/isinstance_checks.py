"""isinstance(x, Cls) over a class hierarchy, with narrowing to call subclass-only methods."""


class Shape:
    def name(self) -> str:
        return "shape"


class Circle(Shape):
    def __init__(self, r: float) -> None:
        self.r = r

    def name(self) -> str:
        return "circle"


class Polygon(Shape):
    def __init__(self, sides: int) -> None:
        self.sides = sides

    def name(self) -> str:
        return f"{self.sides}-gon"


class Square(Polygon):
    def __init__(self, side: float) -> None:
        super().__init__(4)
        self.side = side


def describe(s: Shape) -> str:
    if isinstance(s, Square):
        return "square: " + s.name()
    if isinstance(s, Polygon):
        return "polygon: " + s.name()
    if isinstance(s, Circle):
        return "round: " + s.name()
    return "plain " + s.name()


def main() -> None:
    shapes: list[Shape] = [Circle(1.5), Polygon(5), Square(2.0), Shape(), Polygon(3)]
    for s in shapes:
        print(s.name(), isinstance(s, Shape), isinstance(s, Polygon), isinstance(s, Square), isinstance(s, Circle))
        print("  " + describe(s))
    polys = [s for s in shapes if isinstance(s, Polygon)]
    print(len(polys), [p.name() for p in polys])
    sq = Square(1.0)
    print(isinstance(sq, Polygon), isinstance(sq, Shape), sq.sides, sq.side)
    n = 0
    for s in shapes:
        if not isinstance(s, Polygon) and not isinstance(s, Circle):
            n += 1
    print("plain shapes:", n)


if __name__ == "__main__":
    main()
