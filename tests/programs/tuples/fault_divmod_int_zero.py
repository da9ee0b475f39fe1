"""divmod of ints unpacked in a loop until a zero divisor raises ZeroDivisionError: integer division or modulo by zero."""


def main() -> None:
    for b in [3, -3, 1, 0]:
        q, r = divmod(10, b)
        t = divmod(-10, b)
        print(b, q, r, t)


if __name__ == "__main__":
    main()
