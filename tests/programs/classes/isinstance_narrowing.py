"""isinstance(x, Cls) narrows a base-typed value so subclass-only fields can be read."""


class Shape:
    def name(self) -> str:
        return "shape"


class Circle(Shape):
    def __init__(self, r: float) -> None:
        self.r = r


class Polygon(Shape):
    def __init__(self, sides: int) -> None:
        self.sides = sides


def describe(s: Shape) -> str:
    if isinstance(s, Polygon):
        return f"polygon with {s.sides} sides"
    if isinstance(s, Circle):
        return f"circle radius {s.r}"
    return "plain " + s.name()


def main() -> None:
    shapes: list[Shape] = [Circle(1.5), Polygon(5), Shape()]
    for s in shapes:
        print(describe(s))
    polys = [s for s in shapes if isinstance(s, Polygon)]
    print(sum(p.sides for p in polys))


if __name__ == "__main__":
    main()
