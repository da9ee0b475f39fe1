"""Classes, inheritance, dataclasses (frozen as dict keys), linked nodes with X | None."""

from dataclasses import dataclass, field


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name
        self.count = 0

    def area(self) -> float:
        raise NotImplementedError("area")

    def describe(self) -> str:
        self.count += 1
        return f"{self.name} with area {self.area():.2f}"


class Rect(Shape):
    def __init__(self, w: float, h: float) -> None:
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h


class Square(Rect):
    def __init__(self, s: float) -> None:
        super().__init__(s, s)
        self.name = "square"

    def __repr__(self) -> str:
        return f"Square({self.w})"


@dataclass(frozen=True)
class Point:
    x: int
    y: int

    def moved(self, dx: int, dy: int) -> "Point":
        return Point(self.x + dx, self.y + dy)


@dataclass
class Bag:
    label: str
    items: list[int] = field(default_factory=list)
    weight: float = 0.0


class Node:
    def __init__(self, val: int, nxt: "Node | None" = None) -> None:
        self.val = val
        self.next = nxt


def total(n: Node | None) -> int:
    s = 0
    while n is not None:
        s += n.val
        n = n.next
    return s


def main() -> None:
    shapes: list[Shape] = [Rect(2.0, 3.0), Square(1.5)]
    for s in shapes:
        print(s.describe(), s.count, isinstance(s, Rect), isinstance(s, Square))
    sq = Square(2.0)
    print(sq, [sq], repr(sq))
    p = Point(1, 2)
    q = p.moved(3, 4)
    print(p, q, p == Point(1, 2), p == q)
    seen = {p: "start", q: "end"}
    print(seen[Point(4, 6)], Point(1, 2) in seen)
    b = Bag("a")
    b.items.append(3)
    c = Bag("b", [1, 2], 2.5)
    print(b, c, b == Bag("a", [3]))
    head = Node(1, Node(2, Node(3)))
    print(total(head), total(None), head.next is not None)
    try:
        Shape("x").describe()
    except NotImplementedError as e:
        print("abstract", e)
    empty: Node | None = None
    print(empty is None, empty is not None)


if __name__ == "__main__":
    main()
