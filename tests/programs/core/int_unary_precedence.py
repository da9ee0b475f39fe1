"""Unary operators and operator precedence / associativity."""


def main() -> None:
    a = 7
    print(-a, +a, ~a, --a, -+a, +-a, ~-a, -~a, not a, not not a)
    b = 0
    print(-b, +b, ~b, not b)
    print(-2 ** 2, (-2) ** 2, -a ** 2, (-a) ** 3)
    print(1 + 2 * 3 - 4, (1 + 2) * (3 - 4), 10 - 3 - 2, 10 - (3 - 2))
    print(100 // 7 % 3, 100 // (7 % 3), 100 % 7 // 3, 2 * 3 // 4, 2 * (3 // 4))
    print(-7 // 2 * 3, -(7 // 2) * 3, -7 % 3 * 2)
    print(2 ** 3 ** 2, (2 ** 3) ** 2, 2 ** 2 ** 2 ** 2)
    print(1 + 2 << 3, 1 + (2 << 3), 64 >> 1 + 1, (64 >> 1) + 1)
    print(1 | 2 & 3, (1 | 2) & 3, 1 ^ 3 | 4, 1 ^ (3 | 4), 12 & 10 ^ 6, 12 & (10 ^ 6))
    print(~3 + 1, ~(3 + 1), -3 * -3, - - - 3)
    three = 3
    four = 4
    yes = True
    print(three < four == yes, (three < four) == yes, 1 + 1 == 2 and 2 * 2 == 4)
    one = 1
    two = 2
    print(not one == two, (not one) == two, not 0 + 0, -3 ** 2 + 1)
    c = 5
    c = -c
    c = ~c
    c = -c - -c
    print(c)
    d = 12
    d = d * -1 // 5
    print(d)
    e = 2
    print(-e ** 4, (-e) ** 4, e ** e ** e)


if __name__ == "__main__":
    main()
