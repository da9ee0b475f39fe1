"""Tuples as dict keys: (row, col) grids, (str, int) keys, lookup with freshly built tuples, -0.0 and 0.0 keys, get/pop/in/del."""


def build_grid(h: int, w: int) -> dict[tuple[int, int], int]:
    g: dict[tuple[int, int], int] = {}
    for r in range(h):
        for c in range(w):
            g[(r, c)] = r * w + c
    return g


def main() -> None:
    g = build_grid(3, 4)
    print(len(g), g[(0, 0)], g[(2, 3)], g[1, 2])
    print((1, 1) in g, (3, 0) in g, (0, -1) not in g)
    print(g.get((2, 2), -1), g.get((9, 9), -1))
    r = 1
    c = 3
    g[(r, c)] += 100
    print(g[(1, 3)], g[r, c])
    del g[(0, 0)]
    print(len(g), (0, 0) in g, g.pop((2, 3)), g.pop((7, 7), 0), len(g))
    print(list(g.keys())[:3], list(g.values())[:3])
    inv: dict[tuple[str, int], str] = {}
    words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot", "beet"]
    for w in words:
        key = (w[0], len(w))
        inv[key] = inv.get(key, "") + w[:2]
    print(inv)
    print(inv[("a", 7)], ("b", 4) in inv, ("b", 5) in inv)
    fk: dict[tuple[float, int], str] = {}
    fk[(0.0, 1)] = "zero"
    fk[(-0.0, 1)] = "negzero"
    fk[(0.5, 1)] = "half"
    fk[(0.5, 2)] = "half2"
    print(fk, len(fk))
    nest: dict[tuple[tuple[int, int], str], int] = {((1, 2), "a"): 1, ((1, 2), "b"): 2}
    nest[((1, 2), "a")] = 10
    print(nest)
    counts: dict[tuple[int, int], int] = {}
    for i in range(30):
        k = (i % 3, i % 5 % 2)
        counts[k] = counts.get(k, 0) + 1
    print(counts)
    print(sorted(counts), sorted(counts.items()))
    big: dict[tuple[int, int], int] = {}
    for i in range(2000):
        big[(i, -i)] = i * i
    s = 0
    for i in range(0, 2000, 7):
        s += big[(i, -i)]
    print(len(big), s, (1999, -1999) in big, (1999, 1999) in big)


if __name__ == "__main__":
    main()
