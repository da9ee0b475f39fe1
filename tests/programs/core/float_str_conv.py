"""Conversions between int, float, str and bool."""


def main() -> None:
    print(int(2.7), int(-2.7), int(2.0), int(-0.5), int(0.999999), int(-0.999999))
    print(int(1e18), int(-1e18), int(9.2e18), int(123456789.987), int(5e-324), int(-0.0))
    print(int(True), int(False), int(7), int(-7))
    print(float(7), float(-7), float(0), float(9223372036854775807), float(-9223372036854775807))
    print(float(9007199254740993), float(2 ** 53 + 1), float(True), float(False), float(1.5))
    print(str(1.5), str(-0.0), str(1e16), str(1e-5), str(float("nan")), str(1 / 3))
    print(str(42), str(-42), str(0), str(True), str(False), str(None), str("s"), str(""))
    print(repr(42), repr(-1), repr(True), repr(None), repr(2.5), repr("x"))
    print(bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(0.1), bool(float("nan")))
    print(bool(""), bool(" "), bool("0"), bool("False"), bool(True), bool(False))
    print(int("42"), int("-42"), int("+42"), int("  42  "), int("0"), int("-0"), int("007"))
    print(float("1.5"), float("-1.5"), float("1e3"), float("  2.5\n"), float("inf"), float("-inf"))
    print(float("nan"), float(".5"), float("5."), float("1_000.5"), float("-0"), float("1E-3"))
    print(str(int(str(123) + str(456)) + 1), float(str(0.1)) == 0.1, int(float(str(3))))
    for i in range(-3, 4):
        f = i / 2
        print(i, f, int(f), round(f), str(f), float(str(f)) == f, bool(f))
    s = ""
    for i in range(5):
        s += str(i * 1.5) + ";"
    print(s)
    n = int(str(9223372036854775807))
    print(n, n == 9223372036854775807)
    print(int(float(int(1e15) + 1)), float(str(1e-310)))


if __name__ == "__main__":
    main()
