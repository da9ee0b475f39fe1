"""0.0 raised to a negative power raises ZeroDivisionError."""


def main() -> None:
    base = 0.5
    for i in range(4):
        print(base, base ** -2.0)
        base -= 0.25


if __name__ == "__main__":
    main()
