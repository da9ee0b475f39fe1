"""Dijkstra's shortest paths with a frontier list of (dist, node) tuples kept sorted; edges as (u, v, w) tuples; path reconstruction."""


def build(edges: list[tuple[str, str, int]]) -> dict[str, list[tuple[int, str]]]:
    g: dict[str, list[tuple[int, str]]] = {}
    for u, v, w in edges:
        g.setdefault(u, []).append((w, v))
        g.setdefault(v, []).append((w, u))
    return g


def dijkstra(g: dict[str, list[tuple[int, str]]], src: str) -> tuple[dict[str, int], dict[str, str]]:
    dist: dict[str, int] = {src: 0}
    prev: dict[str, str] = {}
    frontier: list[tuple[int, str]] = [(0, src)]
    done: set[str] = set()
    while len(frontier) > 0:
        frontier.sort()
        d, u = frontier.pop(0)
        if u in done:
            continue
        done.add(u)
        for w, v in g.get(u, []):
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                frontier.append((nd, v))
    return dist, prev


def path_to(prev: dict[str, str], src: str, dst: str) -> list[str]:
    out = [dst]
    while out[-1] != src:
        out.append(prev[out[-1]])
    out.reverse()
    return out


def main() -> None:
    edges = [("a", "b", 7), ("a", "c", 9), ("a", "f", 14), ("b", "c", 10), ("b", "d", 15),
             ("c", "d", 11), ("c", "f", 2), ("d", "e", 6), ("e", "f", 9), ("g", "h", 1)]
    g = build(edges)
    print(g["a"], g["f"])
    dist, prev = dijkstra(g, "a")
    print(sorted(dist.items()))
    for node in sorted(dist):
        print(node, dist[node], "->".join(path_to(prev, "a", node)))
    print("g" in dist, dijkstra(g, "g"))
    ranked = sorted([(d, n) for n, d in dist.items()], reverse=True)
    print(ranked[:3], min(ranked), max(ranked))


if __name__ == "__main__":
    main()
