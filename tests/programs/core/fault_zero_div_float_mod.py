"""Float modulo by zero raises ZeroDivisionError."""


def main() -> None:
    a = -7.5
    for i in range(3):
        b = 1.0 - i * 0.5
        print(a, "%", b, "=", a % b)


if __name__ == "__main__":
    main()
