"""Integer true division by zero raises ZeroDivisionError."""


def ratio(a: int, b: int) -> float:
    return a / b


def main() -> None:
    print(ratio(1, 4))
    print(ratio(-3, 2))
    zero = 5 - 5
    print(ratio(7, zero))


if __name__ == "__main__":
    main()
