"""Negating the most negative i64 raises OverflowError."""

from py4 import i64


def negate(v: i64) -> i64:
    return -v


def main() -> None:
    low: i64 = -9223372036854775807
    print(negate(low))
    low -= 1
    print(low)
    print(negate(low))


if __name__ == "__main__":
    main()
