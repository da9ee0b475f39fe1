"""Graph BFS/DFS with dict[int, list[int]] adjacency: distances, parents, components, topo sort."""


def add_edge(g: dict[int, list[int]], a: int, b: int) -> None:
    g.setdefault(a, []).append(b)
    g.setdefault(b, []).append(a)


def bfs(g: dict[int, list[int]], start: int) -> dict[int, int]:
    dist: dict[int, int] = {start: 0}
    queue = [start]
    head = 0
    while head < len(queue):
        u = queue[head]
        head += 1
        for v in g.get(u, []):
            if v not in dist:
                dist[v] = dist[u] + 1
                queue.append(v)
    return dist


def dfs(g: dict[int, list[int]], u: int, seen: set[int], order: list[int]) -> None:
    seen.add(u)
    order.append(u)
    for v in g.get(u, []):
        if v not in seen:
            dfs(g, v, seen, order)


def components(g: dict[int, list[int]]) -> list[list[int]]:
    seen: set[int] = set()
    out: list[list[int]] = []
    for u in sorted(g):
        if u not in seen:
            order: list[int] = []
            dfs(g, u, seen, order)
            out.append(sorted(order))
    return out


def topo(deps: dict[str, list[str]]) -> list[str]:
    indeg: dict[str, int] = {}
    for k, vs in deps.items():
        indeg.setdefault(k, 0)
        for v in vs:
            indeg[v] = indeg.get(v, 0) + 1
    ready = sorted([k for k, d in indeg.items() if d == 0])
    out: list[str] = []
    while ready:
        u = ready.pop(0)
        out.append(u)
        for v in deps.get(u, []):
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
                ready.sort()
    return out


def main() -> None:
    g: dict[int, list[int]] = {}
    for a, b in zip([1, 1, 2, 3, 4, 5, 7, 8, -1], [2, 3, 4, 4, 5, 6, 8, 9, -2]):
        add_edge(g, a, b)
    print(g)
    d = bfs(g, 1)
    print(d, sorted(d), max(d.values()))
    print(bfs(g, 7), bfs(g, 100))
    seen: set[int] = set()
    order: list[int] = []
    dfs(g, 1, seen, order)
    print(order, len(seen), 6 in seen, 7 in seen)
    print(components(g))
    deps = {"shirt": ["tie", "belt"], "tie": ["jacket"], "pants": ["shoes", "belt"],
            "belt": ["jacket"], "socks": ["shoes"], "undershorts": ["pants", "shoes"]}
    print(topo(deps))


if __name__ == "__main__":
    main()
