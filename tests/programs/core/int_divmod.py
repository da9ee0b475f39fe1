"""divmod on ints: printed directly and unpacked."""


def check(a: int, b: int) -> int:
    q, r = divmod(a, b)
    assert q == a // b
    assert r == a % b
    assert q * b + r == a
    print(a, b, "->", q, r)
    return q + r


def main() -> None:
    print(divmod(7, 2))
    print(divmod(-7, 2))
    print(divmod(7, -2))
    print(divmod(-7, -2))
    print(divmod(0, 3))
    print(divmod(9223372036854775807, 1000000007))
    print(divmod(-9223372036854775807, 1000000007))
    s = 0
    s += check(17, 5)
    s += check(-17, 5)
    s += check(17, -5)
    s += check(-17, -5)
    s += check(100, 10)
    s += check(-100, 10)
    s += check(3, 100)
    s += check(-3, 100)
    s += check(123456789, 1000)
    s += check(-123456789, 1000)
    print("sum", s)
    n = 987654321
    digits = 0
    dsum = 0
    while n > 0:
        n, d = divmod(n, 10)
        digits += 1
        dsum += d
    print("digits", digits, "digit sum", dsum)
    secs = 200000
    m, sec = divmod(secs, 60)
    h, mins = divmod(m, 60)
    days, hours = divmod(h, 24)
    print(f"{days}d {hours:02d}:{mins:02d}:{sec:02d}")


if __name__ == "__main__":
    main()
