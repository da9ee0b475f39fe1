"""u8 subtraction below zero raises OverflowError."""

from py4 import u8


def dec(v: u8, by: u8) -> u8:
    return v - by


def main() -> None:
    v = u8(10)
    step = u8(4)
    for i in range(5):
        v = dec(v, step)
        print("v =", v)


if __name__ == "__main__":
    main()
