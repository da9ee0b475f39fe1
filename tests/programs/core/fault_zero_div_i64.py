"""i64 floor division by zero raises ZeroDivisionError."""

from py4 import i64


def main() -> None:
    n: i64 = 1000
    d: i64 = 3
    while True:
        print(n // d, n % d)
        d -= 1


if __name__ == "__main__":
    main()
