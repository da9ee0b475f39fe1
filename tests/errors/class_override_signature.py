class Shape:
    def area(self, scale: float) -> float:
        return 0.0


class Square(Shape):
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self, scale: str) -> float:  # E: Argument 1 of "area" is incompatible with supertype "Shape"; supertype defines the argument type as "float" [override]
        return self.side * self.side


def main() -> None:
    s: Shape = Square(2.0)
    print(s.area(1.0))


if __name__ == "__main__":
    main()
