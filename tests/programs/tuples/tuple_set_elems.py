"""Tuples as set elements: add/discard/remove/in, set algebra, sorted output, visited sets."""


def neighbors(p: tuple[int, int]) -> list[tuple[int, int]]:
    r, c = p
    return [(r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)]


def main() -> None:
    s: set[tuple[int, int]] = set()
    s.add((1, 2))
    s.add((2, 1))
    s.add((1, 2))
    print(len(s), (1, 2) in s, (2, 2) in s, sorted(s))
    s.discard((2, 1))
    s.discard((5, 5))
    print(len(s), sorted(s))
    t = {(0, 0), (0, 1), (1, 0), (1, 1)}
    u = {(1, 1), (2, 2), (0, 1)}
    print(sorted(t | u))
    print(sorted(t & u))
    print(sorted(t - u))
    print(sorted(t ^ u))
    print(t == {(1, 1), (1, 0), (0, 1), (0, 0)}, t == u)
    region: set[tuple[int, int]] = {(0, 0)}
    frontier = [(0, 0)]
    for step in range(3):
        nxt: list[tuple[int, int]] = []
        for p in frontier:
            for q in neighbors(p):
                if q not in region:
                    region.add(q)
                    nxt.append(q)
        frontier = nxt
        print(step, len(region), len(frontier))
    print(sorted(region)[:6])
    named = {("x", 1), ("y", 2), ("x", 1), ("é", 3)}
    print(len(named), sorted(named), ("x", 1) in named, ("x", 2) in named)
    named.remove(("y", 2))
    print(sorted(named))
    fl = {(0.0, 1.0), (-0.0, 1.0), (1.0, -0.0)}
    print(len(fl), (0.0, 1.0) in fl, (1.0, 0.0) in fl)


if __name__ == "__main__":
    main()
