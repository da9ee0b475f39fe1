"""Tuples as parameters with default values and keyword arguments, tuple-typed locals inferred from calls, tuples of tuples as arguments."""


def offset(p: tuple[int, int], d: tuple[int, int] = (1, 1), times: int = 1) -> tuple[int, int]:
    return (p[0] + d[0] * times, p[1] + d[1] * times)


def label(p: tuple[int, int], names: tuple[str, str] = ("x", "y")) -> str:
    return f"{names[0]}={p[0]},{names[1]}={p[1]}"


def bounds(ps: tuple[tuple[int, int], tuple[int, int], tuple[int, int]]) -> tuple[int, int, int, int]:
    xs = [ps[0][0], ps[1][0], ps[2][0]]
    ys = [ps[0][1], ps[1][1], ps[2][1]]
    return min(xs), min(ys), max(xs), max(ys)


def main() -> None:
    o = (0, 0)
    print(offset(o), offset(o, (2, -1)), offset(o, times=3), offset(o, d=(0, 5), times=2), offset(p=(1, 1)))
    print(label(o), label((3, 4), ("row", "col")), label(names=("a", "b"), p=(-1, 9)))
    p = o
    for _ in range(4):
        p = offset(p, (1, 2))
    print(p, o)
    print(bounds(((3, -1), (0, 4), (2, 2))))
    x0, y0, x1, y1 = bounds(((0, 0), (0, 0), (5, 5)))
    print((x1 - x0) * (y1 - y0))


if __name__ == "__main__":
    main()
