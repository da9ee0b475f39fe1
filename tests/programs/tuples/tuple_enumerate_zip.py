"""for i, (a, b) in enumerate(pairs), zip over tuple lists, and tuples built in comprehensions from enumerate/zip."""


def main() -> None:
    pairs = [(1, "one"), (2, "two"), (3, "three")]
    for i, (n, w) in enumerate(pairs):
        print(i, n, w, i + n)
    for i, p in enumerate(pairs, 1):
        print(i, p, p[1][:i])
    xs = [3, 1, 4, 1, 5]
    ys = ["c", "a", "d", "a", "e"]
    zipped = [(x, y) for x, y in zip(xs, ys)]
    print(zipped)
    indexed = [(i, x) for i, x in enumerate(xs)]
    print(indexed, sorted(indexed, reverse=True)[:2])
    for (a, b), (c, d) in zip(pairs, zipped):
        print(a, b, c, d)
    for i, ((a2, b2), c2) in enumerate(zip(pairs, ys)):
        print(i, a2, b2, c2)
    best_i = -1
    best: tuple[int, str] = (0, "")
    for i, t in enumerate(zipped):
        if t > best:
            best = t
            best_i = i
    print(best_i, best)
    grid = ["ab", "cd", "ef"]
    cells = [(r, c, ch) for r, row in enumerate(grid) for c, ch in enumerate(row)]
    print(cells)
    print([ch for r, c, ch in cells if (r + c) % 2 == 0])
    fl = [(0.5, 1), (1.5, 2)]
    for i, (f, n) in enumerate(fl):
        print(i, f * n)


if __name__ == "__main__":
    main()
