"""Indexing an empty string raises IndexError."""


def first(s: str) -> str:
    return s[0]


def main() -> None:
    print(first("abc"))
    print(first("x"))
    print(first(""))


if __name__ == "__main__":
    main()
