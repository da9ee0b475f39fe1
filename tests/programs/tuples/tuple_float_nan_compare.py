"""Tuple comparison with NaN elements (each NaN a fresh value): elements are compared with == first, then the first unequal pair decides."""


def nan() -> float:
    inf = float("inf")
    return inf - inf


def show(a: tuple[float, float], b: tuple[float, float]) -> None:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)


def main() -> None:
    show((nan(), 1.0), (nan(), 2.0))
    show((1.0, nan()), (1.0, nan()))
    show((1.0, nan()), (2.0, nan()))
    show((nan(), 1.0), (0.0, 2.0))
    show((0.0, 1.0), (nan(), 0.0))
    show((-0.0, nan()), (0.0, 5.0))
    show((float("inf"), 1.0), (float("inf"), 1.0))
    show((float("-inf"), 1.0), (float("inf"), 0.0))
    pts = [(2.0, 1.0), (1.0, 3.0), (1.0, 2.0), (-0.0, 9.0), (0.0, -9.0)]
    pts.sort()
    print(pts)
    print(min(pts), max(pts))
    print((nan(),) == (nan(),), (nan(),) != (nan(),), (nan(),) < (nan(),))
    print((1, nan()) == (1, nan()), (1, 0.0) == (1, -0.0), ("a", 0.1 + 0.2) == ("a", 0.3))


if __name__ == "__main__":
    main()
