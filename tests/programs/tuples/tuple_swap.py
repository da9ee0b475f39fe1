"""Swaps and rotations through tuple assignment, including swapping whole tuples and tuple-valued list items."""


def gcd(a: int, b: int) -> int:
    while b != 0:
        a, b = b, a % b
    return a


def fib(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main() -> None:
    a, b, c = 1, 2, 3
    a, b, c = c, a, b
    print(a, b, c)
    p = (1, "x")
    q = (2, "y")
    p, q = q, p
    print(p, q)
    pts = [(0, 1), (2, 3), (4, 5)]
    pts[0], pts[2] = pts[2], pts[0]
    print(pts)
    x, y = pts[1]
    pts[1] = (y, x)
    print(pts)
    print(gcd(1071, 462), gcd(17, 5), gcd(0, 9), [fib(n) for n in range(12)])
    s, t = "left", "right"
    s, t = t, s
    print(s, t)
    f, g = 0.5, -1.5
    f, g = g * 2.0, f + g
    print(f, g)
    lo, hi = 10, 3
    if lo > hi:
        lo, hi = hi, lo
    print(lo, hi)
    pair = (lo, hi)
    pair = (pair[1], pair[0])
    print(pair)


if __name__ == "__main__":
    main()
