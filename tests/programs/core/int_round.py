"""round() on ints, including negative ndigits with half-even ties."""


def main() -> None:
    print(round(15, -1), round(25, -1), round(35, -1), round(-15, -1), round(-25, -1))
    print(round(5, -1), round(-5, -1), round(14, -1), round(16, -1), round(0, -1))
    print(round(150, -2), round(250, -2), round(251, -2), round(-250, -2), round(-251, -2))
    print(round(1234567, -3), round(1234500, -3), round(1235500, -3), round(-1234567, -4))
    print(round(7), round(-7), round(7, 0), round(7, 2), round(7, 5))
    print(round(123456789, -9), round(523456789, -9), round(500000000, -9), round(1500000000, -9))
    print(round(9223372036854775807, -18), round(9223372036854775000, -1), round(-9223372036854775000, -3), round(9223372036854775749, -2))
    print(round(9223372036854775807, 3), round(99, -5), round(-99, -5))
    for n in range(-30, 31, 5):
        print(n, round(n, -1), round(n, -2), round(n + 1, -1))


if __name__ == "__main__":
    main()
