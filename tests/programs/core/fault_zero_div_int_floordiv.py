"""Integer floor division by zero raises ZeroDivisionError."""


def quotient(a: int, b: int) -> int:
    return a // b


def main() -> None:
    for d in range(3, -1, -1):
        print("dividing by", d)
        print(quotient(100, d))


if __name__ == "__main__":
    main()
