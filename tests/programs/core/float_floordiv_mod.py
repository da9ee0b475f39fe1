"""Float floor division, modulo and divmod, all signs and edge values."""


def show(a: float, b: float) -> None:
    print(f"{a!r} {b!r}: // {a // b!r}  % {a % b!r}  divmod {divmod(a, b)}")


def main() -> None:
    show(7.0, 2.0)
    show(-7.0, 2.0)
    show(7.0, -2.0)
    show(-7.0, -2.0)
    show(7.5, 2.0)
    show(-7.5, 2.0)
    show(7.5, -2.0)
    show(-7.5, -2.0)
    show(0.0, 3.0)
    show(-0.0, 3.0)
    show(0.0, -3.0)
    show(-0.0, -3.0)
    show(6.0, 3.0)
    show(-6.0, 3.0)
    show(6.0, -3.0)
    show(1.0, 0.1)
    show(0.3, 0.1)
    show(-1e-20, 1.0)
    show(1e-20, -1.0)
    show(5.0, float("inf"))
    show(-5.0, float("inf"))
    show(5.0, float("-inf"))
    show(-5.0, float("-inf"))
    show(float("inf"), 2.0)
    show(float("nan"), 2.0)
    show(2.0, float("nan"))
    show(1e308, 1e-308)
    show(3.0, 1e300)
    show(-3.0, 1e300)
    show(123456.789, 10.0)
    show(-123456.789, 10.0)
    q, r = divmod(10.5, 3.0)
    print(q, r, q * 3.0 + r)
    q, r = divmod(-10.5, 3.0)
    print(q, r, q * 3.0 + r)
    x = 100.0
    x //= 7.0
    print(x)
    x %= 4.0
    print(x)
    y = -100.0
    y %= 7.0
    print(y)
    for i in range(-4, 5):
        a = i * 1.25
        print(i, a // 1.0, a % 1.0, a // -0.5, a % -0.5)


if __name__ == "__main__":
    main()
