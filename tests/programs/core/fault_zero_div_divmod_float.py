"""divmod of floats by zero raises ZeroDivisionError."""


def main() -> None:
    print(divmod(5.5, 2.0))
    print(divmod(-5.5, 2.0))
    z = 0.0
    print(divmod(5.5, z))


if __name__ == "__main__":
    main()
