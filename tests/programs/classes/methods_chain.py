"""Methods calling methods, returning self-typed objects, and objects passed to functions."""


class Vector:
    def __init__(self, xs: list[float]) -> None:
        self.xs = xs

    def scale(self, k: float) -> "Vector":
        return Vector([x * k for x in self.xs])

    def plus(self, other: "Vector") -> "Vector":
        return Vector([a + b for a, b in zip(self.xs, other.xs)])

    def dot(self, other: "Vector") -> float:
        total = 0.0
        for a, b in zip(self.xs, other.xs):
            total += a * b
        return total

    def norm2(self) -> float:
        return self.dot(self)

    def show(self) -> str:
        return "<" + ", ".join(f"{x:.2f}" for x in self.xs) + ">"


def combine(vs: list[Vector], weights: list[float]) -> Vector:
    acc = Vector([0.0] * len(vs[0].xs))
    for v, w in zip(vs, weights):
        acc = acc.plus(v.scale(w))
    return acc


def main() -> None:
    a = Vector([1.0, 2.0, 3.0])
    b = Vector([0.5, -1.0, 4.0])
    print(a.show(), b.show())
    print(a.plus(b).show(), a.scale(2.0).show())
    print(a.dot(b), a.norm2())
    c = combine([a, b, a], [1.0, 2.0, -0.5])
    print(c.show(), f"{c.norm2():.3f}")
    print(a.plus(b).scale(0.5).plus(a).show())


if __name__ == "__main__":
    main()
