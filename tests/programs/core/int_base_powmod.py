"""int(s, base) with prefixes and errors, pow() with a modulus (including inverses)."""

def main() -> None:
    print(int("ff", 16), int("0x1F", 16), int("0b101", 0), int(" -z ", 36), int("7_7", 8), int("1010", 2), int("0o17", 0))
    print(pow(3, 200, 1000007), pow(2, -1, 7), pow(-7, 3, 5), pow(7, 3, -5), pow(2, 10), pow(2.0, 0.5))
    for s, b in [("12", 2), ("0x", 16), ("010", 0), ("1__0", 10), ("", 10)]:
        try:
            print(int(s, b))
        except ValueError as e:
            print(e)
    print(pow(4, -1, 8))


if __name__ == "__main__":
    main()
