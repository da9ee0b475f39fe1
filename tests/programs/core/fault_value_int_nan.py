"""int() of NaN raises ValueError."""


def main() -> None:
    x = float("inf")
    print(int(1e18), int(-2.5))
    y = x - x
    print(y)
    print(int(y))


if __name__ == "__main__":
    main()
