"""Topological sort (Kahn) over (before, after) dependency pairs, smallest-name-first, with cycle detection returning (ok, order)."""


def topo(pairs: list[tuple[str, str]]) -> tuple[bool, list[str]]:
    indeg: dict[str, int] = {}
    out: dict[str, list[str]] = {}
    for a, b in pairs:
        indeg.setdefault(a, 0)
        indeg[b] = indeg.get(b, 0) + 1
        out.setdefault(a, []).append(b)
        out.setdefault(b, [])
    ready = sorted([n for n, d in indeg.items() if d == 0])
    order: list[str] = []
    while len(ready) > 0:
        n = ready.pop(0)
        order.append(n)
        for m in out[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return len(order) == len(indeg), order


def main() -> None:
    deps = [("shop", "cook"), ("cook", "eat"), ("wake", "shop"), ("wake", "shower"),
            ("shower", "dress"), ("dress", "shop"), ("eat", "nap"), ("dress", "eat")]
    ok, order = topo(deps)
    print(ok, order)
    pos = {n: i for i, n in enumerate(order)}
    print(all(pos[a] < pos[b] for a, b in deps))
    print(topo([("a", "b"), ("b", "c"), ("c", "a"), ("x", "a")]))
    print(topo([]))
    res = topo([("z", "y"), ("y", "x")])
    print(res, res[0], res[1][-1])
    levels: list[tuple[int, str]] = []
    depth: dict[str, int] = {}
    for n in order:
        depth[n] = 0
    for n in order:
        for a, b in deps:
            if b == n:
                depth[n] = max(depth[n], depth[a] + 1)
        levels.append((depth[n], n))
    print(sorted(levels))


if __name__ == "__main__":
    main()
