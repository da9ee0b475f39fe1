"""round() of NaN to an int raises ValueError."""


def main() -> None:
    n = float("nan")
    print(round(n, 2), round(1.5))
    print(round(n))


if __name__ == "__main__":
    main()
