"""ord() of an empty string (from a slice) raises TypeError."""


def main() -> None:
    s = "abc"
    for i in range(4):
        print(i, ord(s[i:i + 1]))


if __name__ == "__main__":
    main()
