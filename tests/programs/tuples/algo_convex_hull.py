"""Convex hull (Andrew's monotone chain) and polygon area over (x, y) int tuples; point sorting and dedup through a set."""


def cross(o: tuple[int, int], a: tuple[int, int], b: tuple[int, int]) -> int:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def hull(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    pts = sorted({p for p in points})
    if len(pts) <= 2:
        return pts
    lower: list[tuple[int, int]] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[tuple[int, int]] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def area2(poly: list[tuple[int, int]]) -> int:
    s = 0
    n = len(poly)
    for i in range(n):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % n]
        s += x1 * y2 - x2 * y1
    return abs(s)


def main() -> None:
    pts: list[tuple[int, int]] = []
    seed = 12345
    for _ in range(60):
        seed = (seed * 1103515245 + 12345) % 2147483648
        x = seed % 41 - 20
        seed = (seed * 1103515245 + 12345) % 2147483648
        y = seed % 41 - 20
        pts.append((x, y))
    h = hull(pts)
    print(len(pts), len({p for p in pts}), len(h))
    print(h)
    print(area2(h) / 2.0, min(h), max(h))
    square = [(0, 0), (4, 0), (4, 4), (0, 4), (2, 2), (1, 3), (4, 2), (0, 0)]
    print(hull(square), area2(hull(square)))
    print(hull([(1, 1)]), hull([(2, 2), (1, 1), (2, 2)]), hull([(0, 0), (1, 1), (2, 2), (3, 3)]))
    tri = [(0, 0), (10, 0), (5, 8)]
    inside = [(x, y) for x in range(0, 11, 2) for y in range(0, 9, 2)
              if cross(tri[0], tri[1], (x, y)) >= 0 and cross(tri[1], tri[2], (x, y)) >= 0
              and cross(tri[2], tri[0], (x, y)) >= 0]
    print(len(inside), inside)


if __name__ == "__main__":
    main()
