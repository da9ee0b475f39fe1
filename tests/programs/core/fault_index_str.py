"""Indexing past the end of a string raises IndexError."""


def main() -> None:
    s = "héllo"
    for i in range(10):
        print(i, s[i])


if __name__ == "__main__":
    main()
