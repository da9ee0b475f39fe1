"""i32 multiplication past 2**31 - 1 raises OverflowError."""

from py4 import i32


def times10(v: i32) -> i32:
    return v * 10


def main() -> None:
    x: i32 = 7
    for i in range(12):
        x = times10(x)
        print(i, x)


if __name__ == "__main__":
    main()
