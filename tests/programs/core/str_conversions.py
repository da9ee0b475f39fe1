"""str() and repr() of every scalar type, and round trips."""


def nothing() -> None:
    pass


def main() -> None:
    print(str(0), str(-1), str(9223372036854775807), str(-9223372036854775807 - 1))
    print(str(0.0), str(-0.0), str(1.0), str(0.5), str(1e16), str(1e-5), str(123456789.123456789))
    print(str(True), str(False), str(None), str("x"), str(""), str("日本"))
    print(repr(0), repr(-12), repr(0.1), repr(True), repr(None), repr("q"), repr("日本"))
    print(str(str(str(5))), repr(str(5)), str(repr(5)), repr(repr(5)))
    s = str(12345)
    print(s[0], s[-1], len(s), s + s, int(s + s) + 1)
    f = str(3.25)
    print(f[0], f[1], len(f), float(f + "5"))
    print(str(1 / 3)[2], len(str(1 / 3)), len(str(2 ** 62)))
    total = 0
    for i in range(-50, 51, 7):
        total += len(str(i)) + len(str(i * 0.5)) + len(str(i > 0))
    print(total)
    n = 9876543210
    digits = str(n)
    rebuilt = 0
    for i in range(len(digits)):
        rebuilt = rebuilt * 10 + int(digits[i])
    print(rebuilt == n, rebuilt)
    for v in range(-3, 4):
        x = v * 0.75
        print(repr(x), str(x) == repr(x), float(repr(x)) == x)
    print(str(1e15), str(1e16), str(-1e15), str(-1e16), str(1e-4), str(1e-5))


if __name__ == "__main__":
    main()
