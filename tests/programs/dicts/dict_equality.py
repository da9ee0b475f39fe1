"""Dict equality ignores insertion order; values compared deeply, -0.0 == 0.0, list values."""


def main() -> None:
    a = {"x": 1, "y": 2, "z": 3}
    b = {"z": 3, "x": 1, "y": 2}
    c = {"x": 1, "y": 2}
    print(a == b, a != b, a == c, c == a, list(a) == list(b))
    c["z"] = 4
    print(a == c)
    c["z"] = 3
    print(a == c, a, c)
    f1: dict[str, float] = {"p": 0.0, "q": 1.5}
    f2: dict[str, float] = {"q": 1.5, "p": -0.0}
    print(f1 == f2, f1, f2)
    k1: dict[float, int] = {0.0: 1}
    k2: dict[float, int] = {-0.0: 1}
    print(k1 == k2, k1, k2)
    l1: dict[int, list[int]] = {1: [1, 2], 2: []}
    l2: dict[int, list[int]] = {2: [], 1: [1, 2]}
    print(l1 == l2)
    l2[1].append(3)
    print(l1 == l2, l1 != l2)
    n1: dict[str, dict[str, int]] = {"a": {"b": 1}, "c": {}}
    n2: dict[str, dict[str, int]] = {"c": {}, "a": {"b": 1}}
    print(n1 == n2)
    n2["c"]["d"] = 0
    print(n1 == n2)
    e1: dict[int, int] = {}
    e2: dict[int, int] = {}
    print(e1 == e2, e1 != e2)
    e1[1] = 1
    del e1[1]
    print(e1 == e2)
    built = {i: i * 2 for i in range(5)}
    rev: dict[int, int] = {}
    for i in [4, 3, 2, 1, 0]:
        rev[i] = i * 2
    print(built == rev, built, rev)
    bl: dict[bool, list[float]] = {True: [1.5], False: []}
    bl2: dict[bool, list[float]] = {False: [], True: [1.5]}
    print(bl == bl2, [a == b, b == a, a == a])


if __name__ == "__main__":
    main()
