"""Integer modulo by zero raises ZeroDivisionError."""


def main() -> None:
    n = 7
    d = 2
    while True:
        print(n, "%", d, "=", n % d)
        d -= 1


if __name__ == "__main__":
    main()
