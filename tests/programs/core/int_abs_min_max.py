"""abs, min and max on ints, floats and strs."""


def noisy(tag: str, v: int) -> int:
    print("eval", tag)
    return v


def main() -> None:
    print(abs(0), abs(5), abs(-5), abs(-9223372036854775807), abs(9223372036854775807))
    print(abs(-2.5), abs(2.5), abs(-0.0), abs(0.0), abs(float("-inf")), abs(float("nan")))
    print(min(3, 1), min(1, 3), min(-1, -3), min(5, 2, 8, 2, 9), min(0, 0))
    print(max(3, 1), max(1, 3), max(-1, -3), max(5, 2, 8, 2, 9), max(-5, -2, -8))
    print(min(2.5, 1.5), max(2.5, 1.5), min(-0.0, 0.0), min(0.0, -0.0), max(-0.0, 0.0), max(0.0, -0.0))
    nan = float("nan")
    print(min(nan, 1.0), min(1.0, nan), max(nan, 1.0), max(1.0, nan))
    print(min(float("inf"), 1e308), max(float("-inf"), -1e308))
    print(min("b", "a"), max("b", "a"), min("abc", "abd", "ab"), max("Zebra", "apple"), min("é", "e"))
    print(max("日本", "中国", "한국"), min("", "a"))
    print(min(True, False), max(True, False))
    v = max(noisy("a", 1), noisy("b", 7), noisy("c", 3))
    print(v)
    w = min(noisy("x", 4), noisy("y", 4))
    print(w)
    lo = 0
    hi = 10
    for x in range(-3, 14, 4):
        clamped = max(lo, min(hi, x))
        print(x, "->", clamped, abs(x - 5), max(x, -x), min(x * x, 50))
    a = -17
    a = abs(a)
    print(a, abs(-a), abs(a - 100))


if __name__ == "__main__":
    main()
