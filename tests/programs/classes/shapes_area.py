"""Shapes with a virtual area() and perimeter(), an abstract base, and aggregation over a list[Shape]."""
import math


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        raise NotImplementedError(self.name + ".area")

    def perimeter(self) -> float:
        raise NotImplementedError

    def describe(self) -> str:
        return f"{self.name:<10} area={self.area():9.3f} perimeter={self.perimeter():8.3f}"


class Circle(Shape):
    def __init__(self, r: float) -> None:
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return math.pi * self.r * self.r

    def perimeter(self) -> float:
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w: float, h: float) -> None:
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h

    def perimeter(self) -> float:
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, s: float) -> None:
        super().__init__(s, s)
        self.name = "square"


class Triangle(Shape):
    def __init__(self, a: float, b: float, c: float) -> None:
        super().__init__("triangle")
        self.a, self.b, self.c = a, b, c

    def perimeter(self) -> float:
        return self.a + self.b + self.c

    def area(self) -> float:
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))


def main() -> None:
    shapes: list[Shape] = [Circle(1.0), Rect(2.0, 3.5), Square(1.5), Triangle(3.0, 4.0, 5.0), Circle(0.25)]
    for s in shapes:
        print(s.describe())
    total = sum((s.area() for s in shapes), 0.0)
    print(f"total area {total:.4f}")
    biggest = shapes[0]
    for s in shapes:
        if s.area() > biggest.area():
            biggest = s
    print("biggest", biggest.name)
    by_area = sorted(shapes, key=lambda s: s.area())
    print([s.name for s in by_area])
    print([round(s.perimeter(), 2) for s in shapes])
    blob = Shape("blob")
    try:
        print(blob.describe())
    except NotImplementedError as e:
        print("abstract:", e)


if __name__ == "__main__":
    main()
