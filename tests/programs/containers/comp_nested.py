"""Nested comprehensions: multiple for clauses, nested result lists, filters between."""


def main() -> None:
    xs = [1, 2, 3]
    ys = [10, 20]
    print([x * y for x in xs for y in ys], [x + y for y in ys for x in xs])
    print([x * y for x in xs if x != 2 for y in ys if y > x * 5])
    print([[x * y for y in ys] for x in xs], [[x * y for x in xs] for y in ys])
    m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    print([v for row in m for v in row], [v for row in m for v in row if v % 2 == 0])
    print([[row[i] for row in m] for i in range(3)], [[v * 2 for v in row] for row in m])
    print([m[i][i] for i in range(3)], [m[i][2 - i] for i in range(3)], [sum(row) for row in m])
    print([a + b for a in "ab" for b in "xyz"], [c for w in ["hi", "yo"] for c in w])
    print([i * 10 + j for i in range(3) for j in range(i)], [[j for j in range(i)] for i in range(4)])
    print([x for x in [y * 2 for y in range(5)] if x > 2])
    trip: list[list[int]] = []
    for a in range(1, 20):
        for b in [v for v in range(a, 20) if (a * a + v * v) in [c * c for c in range(1, 30)]]:
            trip.append([a, b])
    print(trip)
    words = ["ab", "cd"]
    print([[c.upper() for c in w] for w in words], [w1 + w2 for w1 in words for w2 in words if w1 != w2])
    fl = [[0.5, 1.5], [2.5]]
    print([f * 2.0 for row in fl for f in row], [[f for f in row if f > 1.0] for row in fl])
    grid = [[r * 3 + c for c in range(3)] for r in range(3)]
    print(grid, [[grid[c][r] for c in range(3)] for r in range(3)])
    planes = [[sum([i + j + k for k in range(2)]) for j in range(2)] for i in range(2)]
    print(len(planes), planes)


if __name__ == "__main__":
    main()
