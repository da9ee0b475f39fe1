"""round() on floats: banker's rounding and the ndigits variants."""


def main() -> None:
    print(round(2.5), round(0.5), round(-1.5), round(1.5), round(-0.5), round(3.5), round(-2.5))
    print(round(2.675, 2), round(1234.5678, -2), round(1234.5678, -1), round(1234.5678, 0))
    print(round(1234.5678, 1), round(1234.5678, 2), round(1234.5678, 3), round(1234.5678, 10))
    print(round(0.125, 2), round(0.375, 2), round(0.1 + 0.2, 1), round(1.005, 2), round(2.5, 0))
    print(round(-0.4), round(-0.4, 0), round(0.4, 0), round(-0.0), round(-0.0, 1))
    print(round(1e-10, 5), round(-1e-10, 5), round(1.23456e-10, 12), round(123.456, 5))
    print(round(1e15 + 0.5), round(4503599627370495.5), round(4503599627370496.5))
    print(round(99.99, -2), round(50.0, -2), round(150.0, -2), round(-150.0, -2), round(149.9, -2))
    print(round(1.5e300, -300), round(1e300, 2), round(5e-324, 2))
    print(round(float("inf"), 2), round(float("-inf"), 0), round(float("nan"), 3))
    print(round(0.5 + 1e-16), round(0.49999999999999994), round(-0.49999999999999994))
    print(round(9.2e18), round(-9.2e18))
    x = 2.0
    for i in range(10):
        x = x * 1.7 + 0.3
        print(i, round(x), round(x, 1), round(x, 3), round(x, -1))
    for k in range(-6, 7):
        v = k + 0.5
        print(v, round(v), round(v / 10, 1), round(v * 10, -1))


if __name__ == "__main__":
    main()
