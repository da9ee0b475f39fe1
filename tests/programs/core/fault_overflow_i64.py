"""i64 doubling past 2**63 - 1 raises OverflowError."""

from py4 import i64


def main() -> None:
    x = i64(3)
    for k in range(70):
        x *= 2
        if k > 55:
            print(k, x)


if __name__ == "__main__":
    main()
