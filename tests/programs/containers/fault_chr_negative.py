"""chr() of a negative number raises ValueError: chr() arg not in range(0x110000)."""


def main() -> None:
    for n in [65, 233, 0, -1]:
        print(n, repr(chr(n)))


if __name__ == "__main__":
    main()
