"""Kruskal's minimum spanning tree over (weight, u, v) edge tuples with union-find; results as tuples of (total, edges)."""


def find(parent: list[int], x: int) -> int:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def mst(n: int, edges: list[tuple[int, int, int]]) -> tuple[int, list[tuple[int, int]]]:
    parent = list(range(n))
    total = 0
    used: list[tuple[int, int]] = []
    for w, u, v in sorted(edges):
        ru = find(parent, u)
        rv = find(parent, v)
        if ru != rv:
            parent[ru] = rv
            total += w
            used.append((min(u, v), max(u, v)))
    return total, used


def main() -> None:
    edges = [(7, 0, 1), (5, 0, 3), (8, 1, 2), (9, 1, 3), (7, 1, 4), (5, 2, 4),
             (15, 3, 4), (6, 3, 5), (8, 4, 5), (9, 4, 6), (11, 5, 6)]
    total, used = mst(7, edges)
    print(total, used, len(used))
    print(sorted(used), (0, 3) in used, (3, 4) in used)
    grid_edges: list[tuple[int, int, int]] = []
    w = 4
    for r in range(4):
        for c in range(w):
            node = r * w + c
            if c + 1 < w:
                grid_edges.append(((r * 7 + c * 3) % 5 + 1, node, node + 1))
            if r + 1 < 4:
                grid_edges.append(((r * 3 + c * 5) % 4 + 1, node, node + w))
    t2, u2 = mst(16, grid_edges)
    print(t2, len(u2), u2[:5])
    res = mst(3, [])
    print(res, res[0], len(res[1]))


if __name__ == "__main__":
    main()
