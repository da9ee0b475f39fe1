"""Float floor division by zero raises ZeroDivisionError."""


def main() -> None:
    a = 7.5
    for i in range(3):
        b = 2.0 - i
        print(a, "//", b, "=", a // b)


if __name__ == "__main__":
    main()
