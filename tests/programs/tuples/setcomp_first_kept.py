"""Set comprehensions and set displays keep the first of equal items: 0.0 vs -0.0, also inside tuples; results shown via sorted()."""


def main() -> None:
    a = {x for x in [0.0, -0.0, 1.0]}
    b = {x for x in [-0.0, 0.0, 1.0]}
    print(sorted(a), sorted(b), len(a), a == b)
    c = {(x, 1) for x in [-0.0, 0.0]}
    d = {(x, 1) for x in [0.0, -0.0]}
    print(sorted(c), sorted(d))
    e = {x * 0.0 for x in [-1.0, 1.0, 2.0]}
    print(sorted(e))
    f = {-0.0, 0.0}
    g = {0.0, -0.0}
    print(sorted(f), sorted(g))
    h: set[float] = {-0.0}
    h.add(0.0)
    print(sorted(h), sorted(h | {0.0, 2.0}), sorted({0.0, 2.0} | h))
    words = {w.strip() for w in [" b", "a ", "b", " a"]}
    print(sorted(words))


if __name__ == "__main__":
    main()
