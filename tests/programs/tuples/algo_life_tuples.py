"""Conway's Game of Life on an unbounded board: live cells as a set of (row, col) tuples, neighbour counts in a dict keyed by tuples."""


def step(live: set[tuple[int, int]]) -> set[tuple[int, int]]:
    counts: dict[tuple[int, int], int] = {}
    for r, c in sorted(live):
        for dr in [-1, 0, 1]:
            for dc in [-1, 0, 1]:
                if dr != 0 or dc != 0:
                    k = (r + dr, c + dc)
                    counts[k] = counts.get(k, 0) + 1
    return {p for p, n in counts.items() if n == 3 or (n == 2 and p in live)}


def bbox(live: set[tuple[int, int]]) -> tuple[tuple[int, int], tuple[int, int]]:
    cells = sorted(live)
    rows = [r for r, _ in cells]
    cols = [c for _, c in cells]
    return (min(rows), min(cols)), (max(rows), max(cols))


def render(live: set[tuple[int, int]]) -> list[str]:
    (r0, c0), (r1, c1) = bbox(live)
    return ["".join(["#" if (r, c) in live else "." for c in range(c0, c1 + 1)]) for r in range(r0, r1 + 1)]


def parse(rows: list[str]) -> set[tuple[int, int]]:
    return {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "#"}


def main() -> None:
    glider = parse([".#.", "..#", "###"])
    g = glider
    for gen in range(8):
        print(gen, len(g), bbox(g))
        g = step(g)
    print(render(g))
    shifted = {(r - 2, c - 2) for r, c in sorted(g)}
    print(shifted == glider)
    blinker = parse(["###"])
    b1 = step(blinker)
    print(sorted(b1), step(b1) == blinker)
    acorn = parse([".#.....", "...#...", "##..###"])
    a = acorn
    sizes: list[int] = []
    for _ in range(60):
        a = step(a)
        sizes.append(len(a))
    print(sizes[:10], sizes[-5:], bbox(a))


if __name__ == "__main__":
    main()
