"""Set comprehensions with several for clauses and conditions, producing ints, strs and tuples; nested inside other comprehensions."""


def main() -> None:
    pairs = {(i, j) for i in range(4) for j in range(4) if i < j}
    print(len(pairs), sorted(pairs), (0, 3) in pairs, (3, 0) in pairs)
    sums = {i + j for i in range(5) for j in range(i, 5)}
    print(sorted(sums))
    prods = {a * b for a in [2, 3, 5] for b in [2, 3, 5] if a != b}
    print(sorted(prods), len(prods))
    bigrams = {w[i:i + 2] for w in ["banana", "bandana", "cabana"] for i in range(len(w) - 1)}
    print(len(bigrams), sorted(bigrams))
    grid = ["#..#", ".##.", "#..."]
    walls = {(r, c) for r in range(len(grid)) for c in range(len(grid[r])) if grid[r][c] == "#"}
    print(sorted(walls), (1, 1) in walls, (2, 1) in walls)
    per_row = [len({c for c in row}) for row in grid]
    print(per_row)
    groups = [sorted({x % m for x in range(20)}) for m in [2, 3, 7]]
    print(groups)
    lookup = {k: len({c for c in k}) for k in ["aab", "abc", "zzzz"]}
    print(lookup)
    triples = {(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 30) if a * a + b * b == c * c}
    print(sorted(triples))
    neighbors = {(r + dr, c + dc) for r, c in sorted(walls) for dr, dc in [(0, 1), (1, 0), (0, -1), (-1, 0)]}
    print(len(neighbors), sorted(neighbors - walls)[:5])


if __name__ == "__main__":
    main()
