"""int() of infinity raises OverflowError."""


def main() -> None:
    x = 1e18
    print(int(x), int(-x))
    y = x * 1e300
    print(y, y > 1e308)
    print(int(y))


if __name__ == "__main__":
    main()
