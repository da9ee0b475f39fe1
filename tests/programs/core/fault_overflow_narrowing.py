"""Narrowing an i64 to i32 out of range raises OverflowError."""

from py4 import i32, i64


def narrow(v: i64) -> i32:
    return i32(v)


def main() -> None:
    v: i64 = 1
    for k in range(40):
        v *= 4
        print(k, narrow(v))


if __name__ == "__main__":
    main()
