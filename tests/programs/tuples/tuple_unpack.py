"""Unpacking tuples into names: from variables, function results, displays, with reuse and re-binding."""


def minmax(xs: list[int]) -> tuple[int, int]:
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


def split_name(full: str) -> tuple[str, str]:
    i = full.find(" ")
    if i < 0:
        return full, ""
    return full[:i], full[i + 1:]


def main() -> None:
    t = (1, "one", 1.5)
    a, b, c = t
    print(a, b, c)
    lo, hi = minmax([5, -3, 12, 0, 7])
    print(lo, hi, hi - lo)
    first, rest = split_name("Ada Lovelace")
    print(repr(first), repr(rest))
    first, rest = split_name("Plato")
    print(repr(first), repr(rest))
    x, y = 10, 20
    x, y = y, x
    print(x, y)
    p = (x, y)
    y, x = p
    print(x, y, p)
    n, s = (3, "ab")
    print(s * n)
    total = 0
    for xs in [[1, 2, 3], [9], [-4, 4], [2, 8, 6, 4]]:
        m, M = minmax(xs)
        total += M - m
        print(xs, m, M)
    print(total)
    (u, v) = (1.25, -0.5)
    print(u + v, u * v)
    k, w = (7, 8)
    print(k * w)


if __name__ == "__main__":
    main()
