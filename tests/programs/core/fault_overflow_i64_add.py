"""i64 addition at the upper limit raises OverflowError."""

from py4 import i64


def add(a: i64, b: i64) -> i64:
    return a + b


def main() -> None:
    top: i64 = 9223372036854775800
    for i in range(10):
        top = add(top, 1)
        print(top)


if __name__ == "__main__":
    main()
