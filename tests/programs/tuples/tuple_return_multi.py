"""Functions returning several values: stats, divmod-like helpers, recursion returning pairs, chained calls."""


def stats(xs: list[float]) -> tuple[float, float, float]:
    lo = xs[0]
    hi = xs[0]
    total = 0.0
    for x in xs:
        lo = min(lo, x)
        hi = max(hi, x)
        total += x
    return lo, hi, total / len(xs)


def my_divmod(a: int, b: int) -> tuple[int, int]:
    q = a // b
    return q, a - q * b


def fib_pair(n: int) -> tuple[int, int]:
    if n == 0:
        return (0, 1)
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return (c, d)
    return (d, c + d)


def ext_gcd(a: int, b: int) -> tuple[int, int, int]:
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y


def parse_kv(s: str) -> tuple[str, int, bool]:
    i = s.find("=")
    if i < 0:
        return s, 0, False
    return s[:i], int(s[i + 1:]), True


def swap_pair(p: tuple[int, str]) -> tuple[str, int]:
    return p[1], p[0]


def main() -> None:
    lo, hi, mean = stats([2.5, -1.0, 4.0, 0.5])
    print(lo, hi, mean)
    print(stats([3.0]))
    for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3)]:
        print(a, b, my_divmod(a, b), divmod(a, b), my_divmod(a, b) == divmod(a, b))
    print([fib_pair(n)[0] for n in range(15)], fib_pair(90))
    for a, b in [(240, 46), (17, 5), (7, 0), (0, 9), (-12, 18)]:
        g, x, y = ext_gcd(a, b)
        print(a, b, g, x, y, a * x + b * y == g)
    for s in ["x=10", "count=-3", "flag", "=7"]:
        k, v, ok = parse_kv(s)
        print(repr(k), v, ok)
    print(swap_pair((1, "one")), swap_pair((2, "two"))[0], swap_pair((3, "x")) == ("x", 3))
    results = [parse_kv(s) for s in ["a=1", "b", "c=3"]]
    print(results)
    print(sum(v for k, v, ok in results if ok))


if __name__ == "__main__":
    main()
