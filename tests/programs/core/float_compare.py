"""Float comparisons and comparison chains."""


def cmp(a: float, b: float) -> str:
    r = ""
    r += "<" if a < b else "."
    r += "<=" if a <= b else ".."
    r += "==" if a == b else ".."
    r += "!=" if a != b else ".."
    r += ">=" if a >= b else ".."
    r += ">" if a > b else "."
    return r


def main() -> None:
    nan = float("nan")
    inf = float("inf")
    vals = 0
    print(cmp(1.0, 2.0), cmp(2.0, 1.0), cmp(1.0, 1.0), cmp(0.0, -0.0), cmp(nan, 1.0), cmp(nan, nan))
    print(cmp(inf, inf), cmp(-inf, inf), cmp(5e-324, 0.0), cmp(0.1 + 0.2, 0.3), cmp(1e16, 1e16 + 1.0))
    a = 1.0
    b = 2.0
    c = 3.0
    print(a < b < c, a < c < b, c > b > a, a <= a <= a, a == a == 1.0, a < b > a, a != b != a)
    print(a < nan < c, nan != nan != nan, 0.0 == -0.0 == 0.0)
    x = 0.0
    while x < 1.0:
        x += 0.1
        vals += 1
    print(vals, x)
    y = 0.0
    steps = 0
    while not (0.45 <= y <= 0.55):
        y += 0.05
        steps += 1
    print(steps, y)


if __name__ == "__main__":
    main()
