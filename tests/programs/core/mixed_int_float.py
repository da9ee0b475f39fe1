"""Implicit int -> float promotion in arithmetic and comparisons."""


def area(r: float) -> float:
    return 3.0 * r * r


def main() -> None:
    n = 3
    x = 0.5
    print(n + x, n - x, n * x, n / x, x / n, n // x, n % x, x ** n)
    print(1 + 2.5, 2.5 + 1, 10 * 0.1, 0.1 * 10, 7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5)
    print(area(2.0), area(float(n)), area(x), area(float(True)))
    print(1 == 1.0, 2 != 2.0, 1 < 1.5, 2 > 1.5, 3 <= 3.0, 3 >= 3.0000001)
    print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
    print(9223372036854775807 == 9223372036854775808.0, 9223372036854775807 < 9223372036854775808.0)
    print(-9223372036854775807 - 1 == -9223372036854775808.0)
    print(0 == -0.0, 0 < 5e-324, -1 < -0.0, 1 < float("inf"), 1 > float("nan"))
    print(max(1.5, 2.5) + 1, min(3.0, 4.0) * 2, abs(-3) + 0.5)
    total = 0.0
    for i in range(1, 6):
        total += i
        total *= 1.5
    print(total)
    y: float = 5.0
    print(y, y / 2, y * 2, y // 2, y % 2, y - 5)
    print(divmod(7, 2.0), divmod(-7, 2.0), divmod(7.5, 2))
    print(2 ** 0.5, 4 ** 0.5, 0.5 ** 2, 10 ** -1.0 if n > 0 else 0.0)
    print(1 < 1.5 < 2 < 2.5, 0.0 < 1 < 0.5)


if __name__ == "__main__":
    main()
