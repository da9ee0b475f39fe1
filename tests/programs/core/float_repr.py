"""repr/str of floats: shortest round-trip form, exponent switch-over points."""


def show(x: float) -> None:
    print(x, repr(x), str(x), f"{x}", f"{x!r}")


def main() -> None:
    show(0.1 + 0.2)
    show(1e16)
    show(1e15)
    show(123456789012345678.0)
    show(1e-5)
    show(1e-4)
    show(0.0001234)
    show(1 / 3)
    show(2 / 3)
    show(-0.0)
    show(0.0)
    show(float("inf"))
    show(float("-inf"))
    show(float("nan"))
    show(1e300 * 1e10)
    show(-1e300 * 1e10)
    show(5e-324)
    show(-5e-324)
    show(2.2250738585072014e-308)
    show(1.7976931348623157e308)
    show(2.0 ** 0.5)
    show(123456789.123456789)
    show(1.0)
    show(100.0)
    show(1.5)
    show(-2.75)
    show(0.1)
    show(0.2)
    show(0.3)
    show(0.1 * 3)
    show(1.1 * 1.1)
    show(3.141592653589793)
    show(2.718281828459045)
    show(1e22)
    show(1e23)
    show(9007199254740993.0)
    show(4.35)
    show(0.000001)
    show(1e-7)
    show(12345678901234567890.0)
    show(1.0e-320)
    show(float(9223372036854775807))
    show(9999999999999998.0)
    show(0.30000000000000004)
    show(100.0 / 3.0)
    show(1e100)
    show(1.23e-100)
    show(6.02214076e23)
    show(float(10 ** 17))
    show(float(10 ** 15) + 0.5)
    x = 1.0
    for i in range(25):
        print(i, x, -x / 7)
        x *= 10.0
    y = 1.0
    for i in range(12):
        y /= 10.0
        print(i, y, y * 3)


if __name__ == "__main__":
    main()
