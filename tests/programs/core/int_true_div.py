"""True division of ints always yields a float."""


def main() -> None:
    print(7 / 2)
    print(-7 / 2)
    print(7 / -2)
    print(-7 / -2)
    print(6 / 3)
    print(0 / 5)
    print(0 / -5)
    print(1 / 3)
    print(2 / 3)
    print(-1 / 3)
    print(1 / 7)
    print(10 / 4)
    print(1 / 1000000)
    print(1 / 10000)
    print(22 / 7)
    print(355 / 113)
    print(9223372036854775807 / 1)
    print(9223372036854775807 / 3)
    print(-9223372036854775807 / 9223372036854775807)
    print(9007199254740993 / 1)
    print(9007199254740993 / 9007199254740993)
    print(123456789 / 1000)
    print(1 / 9223372036854775807)
    a = 5
    b = 8
    c = a / b
    print(c, c * b)
    x = 100
    y = x / 8
    print(y)
    z = 1
    for i in range(1, 11):
        print(i, z / i, i / 10)
    print(3 / 2 == 1.5, 4 / 2 == 2, 1 / 3 + 1 / 3 + 1 / 3 == 1)


if __name__ == "__main__":
    main()
