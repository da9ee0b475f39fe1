"""Lists of tuples: append, index, count, in, sort/sorted with default ordering, reverse, key functions, stability."""


def second(p: tuple[str, int]) -> int:
    return p[1]


def neg_second(p: tuple[str, int]) -> int:
    return -p[1]


def name_len(p: tuple[str, int]) -> int:
    return len(p[0])


def by_y(p: tuple[float, float]) -> float:
    return p[1]


def main() -> None:
    people: list[tuple[str, int]] = [("carol", 35), ("alice", 30), ("bob", 25), ("dave", 30), ("alice", 22)]
    print(sorted(people))
    print(sorted(people, reverse=True))
    print(sorted(people, key=second))
    print(sorted(people, key=second, reverse=True))
    print(sorted(people, key=neg_second))
    print(sorted(people, key=name_len))
    people.sort()
    print(people)
    people.append(("bob", 25))
    people.append(("eve", 99))
    print(people.index(("bob", 25)), people.count(("bob", 25)), ("eve", 99) in people, ("eve", 98) in people)
    people.sort(key=second)
    print(people)
    people.reverse()
    print(people[0], people[-1], people[1:3])
    pts = [(1.5, -2.0), (0.0, 3.5), (-1.0, -2.0), (1.5, -3.0), (0.0, 0.0)]
    pts.sort()
    print(pts)
    pts.sort(key=by_y)
    print(pts)
    triples = [(i % 3, i % 2, i) for i in range(12)]
    triples.sort()
    print(triples)
    triples.sort(reverse=True)
    print(triples[:4])
    edges = [(5, 1, 2), (3, 2, 3), (5, 0, 1), (1, 3, 0), (3, 1, 3)]
    print(sorted(edges), min(edges), max(edges))
    byname = sorted([("b", 2), ("a", 2), ("c", 1), ("a", 1)])
    print(byname, byname == [("a", 1), ("a", 2), ("b", 2), ("c", 1)])
    nested = [[(1, "x")], [], [(0, "y"), (0, "a")]]
    for row in nested:
        row.sort()
    print(nested, sorted(nested))
    big = [((i * 7919) % 101, (i * 31) % 7) for i in range(200)]
    big.sort()
    print(big[:5], big[-3:], len(big))
    ok = True
    for i in range(1, len(big)):
        if big[i - 1] > big[i]:
            ok = False
    print(ok)


if __name__ == "__main__":
    main()
