"""Tuple comparisons: ==, !=, <, <=, >, >= lexicographically over equal-length tuples, mixed element types, -0.0, chains."""


def show(a: tuple[int, str], b: tuple[int, str]) -> None:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)


def main() -> None:
    show((1, "a"), (1, "a"))
    show((1, "a"), (1, "b"))
    show((2, "a"), (1, "z"))
    show((-1, ""), (-1, "a"))
    show((0, "é"), (0, "z"))
    show((5, "ab"), (5, "a"))
    ints = [(1, 2, 3), (1, 2, 4), (1, 3, 0), (0, 9, 9), (1, 2, 3)]
    for i in range(len(ints)):
        row = ""
        for j in range(len(ints)):
            t = ints[i]
            u = ints[j]
            row += "<" if t < u else (">" if t > u else "=")
        print(row)
    fs = (0.5, -0.0)
    gs = (0.5, 0.0)
    print(fs == gs, fs < gs, fs <= gs, (1.0, 2.0) < (1.0, 2.5))
    a = (1, 2)
    b = (1, 3)
    c = (2, 0)
    print(a < b < c, a < c < b, a <= a <= b, a == (1, 2) != b)
    nested1 = ((1, 2), "x")
    nested2 = ((1, 3), "a")
    print(nested1 < nested2, nested1 == ((1, 2), "x"), nested2 > nested1)
    bs = (True, False)
    print(bs == (True, False), bs < (True, True), bs > (False, True))
    if (3, "c") > (3, "b"):
        print("greater")
    e1 = ()
    e2 = ()
    print(e1 == e2, e1 < e2, e1 <= e2, (5,) < (6,), (5,) == (5,))


if __name__ == "__main__":
    main()
