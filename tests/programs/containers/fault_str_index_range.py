"""Indexing a non-ASCII string past its end raises IndexError: string index out of range."""


def main() -> None:
    words = "日本 é 😀x".split()
    for w in words:
        print(w, w[0], w[-1], w[1])


if __name__ == "__main__":
    main()
