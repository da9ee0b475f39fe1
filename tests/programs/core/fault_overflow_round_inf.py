"""round() of infinity to an int raises OverflowError."""


def main() -> None:
    print(round(2.5), round(float("inf"), 1))
    print(round(float("-inf")))


if __name__ == "__main__":
    main()
