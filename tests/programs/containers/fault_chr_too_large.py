"""chr() above U+10FFFF raises ValueError."""


def main() -> None:
    n = 0x10FFFE
    while True:
        print(n, len(chr(n)))
        n += 1


if __name__ == "__main__":
    main()
