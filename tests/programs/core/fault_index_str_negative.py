"""Indexing before the start of a string raises IndexError."""


def main() -> None:
    s = "日本語"
    i = -1
    while True:
        print(i, s[i])
        i -= 1


if __name__ == "__main__":
    main()
