"""divmod of ints by zero raises ZeroDivisionError."""


def main() -> None:
    for d in range(2, -1, -1):
        q, r = divmod(17, d)
        print(q, r)


if __name__ == "__main__":
    main()
