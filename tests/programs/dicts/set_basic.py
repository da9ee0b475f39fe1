"""Set add/discard/remove/clear/copy, membership, len, bool, equality of differently built sets."""


def build(xs: list[int]) -> set[int]:
    s: set[int] = set()
    for x in xs:
        s.add(x)
    return s


def main() -> None:
    s = {3, 1, 4, 1, 5, 9, 2, 6}
    print(len(s), sorted(s), 1 in s, 7 in s, 7 not in s)
    s.add(7)
    s.add(7)
    s.discard(100)
    s.discard(1)
    s.remove(9)
    print(len(s), sorted(s))
    t = build([7, 6, 5, 4, 3, 2])
    print(s == t, s != t, t == s)
    u = t.copy()
    u.clear()
    print(len(u), len(t), bool(u), bool(t), not u)
    if t:
        print("t is truthy")
    if not u:
        print("u is empty")
    big = build(list(range(0, 1000, 3)))
    for i in range(0, 1000, 6):
        big.remove(i)
    print(len(big), 3 in big, 6 in big, sorted(big)[:5], sorted(big)[-2:])
    for i in range(0, 30):
        big.add(i)
    print(len(big), sorted(big)[:12])
    names = {"Ann", "bob", "Émile", "zoë"}
    names.add("ann")
    names.discard("Ann")
    print(sorted(names), "Émile" in names, "émile" in names)
    print(all(len(n) >= 3 for n in sorted(names)), any(n.isupper() for n in sorted(names)))
    e: set[str] = set()
    e2: set[str] = set()
    print(sorted(e), len(e), "" in e, e == e2)
    e.add("")
    print(sorted(e), len(e), "" in e)
    grow: set[int] = set()
    for i in range(500):
        grow.add(i * 7919 % 1009)
    print(len(grow), sorted(grow)[:5])
    print(any({0}), all({0, 1}), any({1}), all(e))


if __name__ == "__main__":
    main()
