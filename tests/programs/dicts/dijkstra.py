"""Dijkstra over dict[str, dict[str, int]] with a linear scan for the minimum; path rebuild."""


def dijkstra(g: dict[str, dict[str, int]], src: str) -> dict[str, int]:
    dist: dict[str, int] = {src: 0}
    prev: dict[str, str] = {}
    done: set[str] = set()
    while True:
        best = ""
        best_d = -1
        for node in dist:
            if node not in done and (best_d < 0 or dist[node] < best_d or (dist[node] == best_d and node < best)):
                best = node
                best_d = dist[node]
        if best_d < 0:
            break
        done.add(best)
        for nb, w in g.get(best, {}).items():
            nd = best_d + w
            if nb not in dist or nd < dist[nb]:
                dist[nb] = nd
                prev[nb] = best
    PREV.clear()
    PREV.update(prev)
    return dist


PREV: dict[str, str] = {}


def path(to: str) -> list[str]:
    out = [to]
    while to in PREV:
        to = PREV[to]
        out.append(to)
    out.reverse()
    return out


def main() -> None:
    g: dict[str, dict[str, int]] = {
        "A": {"B": 7, "C": 9, "F": 14},
        "B": {"A": 7, "C": 10, "D": 15},
        "C": {"A": 9, "B": 10, "D": 11, "F": 2},
        "D": {"B": 15, "C": 11, "E": 6},
        "E": {"D": 6, "F": 9},
        "F": {"A": 14, "C": 2, "E": 9},
        "Z": {},
    }
    d = dijkstra(g, "A")
    print(d)
    for t in sorted(d):
        print(t, d[t], "->".join(path(t)))
    print(dijkstra(g, "Z"), dijkstra(g, "E"))
    print("Z" in d, len(d), sum(d.values()))


if __name__ == "__main__":
    main()
