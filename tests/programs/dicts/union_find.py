"""Union-find over dict[str, str] parents and dict[str, int] ranks; grouping the components."""

PARENT: dict[str, str] = {}
RANK: dict[str, int] = {}


def find(x: str) -> str:
    if x not in PARENT:
        PARENT[x] = x
        RANK[x] = 0
    root = x
    while PARENT[root] != root:
        root = PARENT[root]
    while PARENT[x] != root:
        nxt = PARENT[x]
        PARENT[x] = root
        x = nxt
    return root


def union(a: str, b: str) -> bool:
    ra = find(a)
    rb = find(b)
    if ra == rb:
        return False
    if RANK[ra] < RANK[rb]:
        PARENT[ra] = rb
    elif RANK[ra] > RANK[rb]:
        PARENT[rb] = ra
    else:
        PARENT[rb] = ra
        RANK[ra] += 1
    return True


def main() -> None:
    pairs = "a-b c-d b-d e-f g-g h-e x-y y-z z-x ü-é é-a".split()
    for p in pairs:
        ends = p.split("-")
        print(p, union(ends[0], ends[1]), end="; ")
    print()
    groups: dict[str, list[str]] = {}
    for x in sorted(PARENT):
        groups.setdefault(find(x), []).append(x)
    print(sorted([",".join(g) for g in groups.values()]))
    print(len(groups), find("c") == find("ü"), find("x") == find("a"))
    sizes = {r: len(g) for r, g in groups.items()}
    print(sorted(sizes.values()), max(RANK.values()), len(PARENT))


if __name__ == "__main__":
    main()
