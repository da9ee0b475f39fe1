"""u8 addition past 255 raises OverflowError (in the checked CPython run)."""

from py4 import u8


def main() -> None:
    x: u8 = 250
    print("start", x)
    for i in range(3):
        x = x + 10
        print("now", x)


if __name__ == "__main__":
    main()
