"""Tuple displays, annotations, constant and negative-constant indexing, len, tuples passed to and returned from functions."""


def describe(p: tuple[int, str]) -> str:
    return p[1] + "#" + str(p[0])


def make(n: int) -> tuple[int, str]:
    return (n * 2, "n" + str(n))


def first_last(t: tuple[int, int, int, int]) -> int:
    return t[0] * 10 + t[-1]


def main() -> None:
    p: tuple[int, str] = (7, "seven")
    print(p[0], p[1], p[-1], p[-2], len(p))
    q = (1.5, True, "x", 3)
    print(q[0] * 2.0, not q[1], q[2] * 3, q[3] + q[-1], len(q))
    print(describe(p), describe(make(21)), describe((0, "")))
    four = (4, 3, 2, 1)
    print(first_last(four), first_last((9, 0, 0, 5)), four[1] + four[-2])
    r = make(5)
    print(r, r[0] + 1, len(r[1]))
    pt = 3, 4
    print(pt, pt[0] ** 2 + pt[1] ** 2)
    t1 = (10,)
    print(t1, t1[0], t1[-1], len(t1))
    nested = ((1, 2), (3, "four"))
    print(nested[0][1] + nested[1][0], nested[1][1], nested[-1][-1][0])
    words = ("alpha", "beta", "gamma")
    print(words[0][0] + words[1][0] + words[2][0], len(words[2]))
    p = (8, "eight")
    print(p)
    p = make(p[0])
    print(p)


if __name__ == "__main__":
    main()
