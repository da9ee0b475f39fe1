"""Nested unpacking targets: (a, b), c = ... in assignments and for loops, tuples of tuples."""


def corners(w: int, h: int) -> tuple[tuple[int, int], tuple[int, int]]:
    return (0, 0), (w, h)


def main() -> None:
    (a, b), c = (1, 2), 3
    print(a, b, c)
    x, (y, z) = "x", ("y", 4)
    print(x, y, z)
    (x0, y0), (x1, y1) = corners(5, 3)
    print(x0, y0, x1, y1, (x1 - x0) * (y1 - y0))
    segs = [((0, 0), (3, 4)), ((1, 1), (1, 5)), ((-2, 3), (2, 0))]
    for (ax, ay), (bx, by) in segs:
        print(ax, ay, bx, by, abs(bx - ax) + abs(by - ay))
    records = [("ann", (31, 1.5)), ("bob", (25, 2.25)), ("cy", (40, -0.5))]
    for name, (age, score) in records:
        print(f"{name:>4} {age:3d} {score:+.2f}")
    ((p, q), r), s = ((1, 2), 3), 4
    print(p + q + r + s)
    deep = (((1,),),)
    (((one,),),) = deep
    print(one, deep)
    pair = ((10, "ten"), (20, "twenty"))
    (n1, w1), (n2, w2) = pair
    print(n1 + n2, w1 + w2)
    grid = [[(r * 3 + c, c) for c in range(3)] for r in range(2)]
    for row in grid:
        for v, col in row:
            print(v, col, end="; ")
        print()


if __name__ == "__main__":
    main()
