"""Conway's life on set[int] cells (r * 1000 + c) with dict[int, int] neighbour counts; glider."""


def step(live: set[int]) -> set[int]:
    counts: dict[int, int] = {}
    for cell in sorted(live):
        for dr in [-1000, 0, 1000]:
            for dc in [-1, 0, 1]:
                if dr != 0 or dc != 0:
                    n = cell + dr + dc
                    counts[n] = counts.get(n, 0) + 1
    out: set[int] = set()
    for cell, n in counts.items():
        if n == 3 or (n == 2 and cell in live):
            out.add(cell)
    return out


def render(live: set[int], rows: int, cols: int) -> str:
    lines: list[str] = []
    for r in range(rows):
        lines.append("".join(["#" if r * 1000 + c in live else "." for c in range(cols)]))
    return "\n".join(lines)


def main() -> None:
    live: set[int] = set()
    for r, c in zip([0, 1, 2, 2, 2], [1, 2, 0, 1, 2]):
        live.add(r * 1000 + c)
    start = live.copy()
    for gen in range(5):
        print(gen, len(live), sorted(live))
        print(render(live, 6, 6))
        live = step(live)
    moved: set[int] = set()
    for cell in sorted(start):
        moved.add(cell + 1001)
    live2 = start
    for _ in range(4):
        live2 = step(live2)
    print(live2 == moved, sorted(live2 ^ moved))
    blinker = {5005, 5006, 5007}
    print(sorted(step(blinker)), step(step(blinker)) == blinker)


if __name__ == "__main__":
    main()
