"""str.rindex with bounds that exclude the match raises ValueError: substring not found."""


def main() -> None:
    s = "abcabc"
    print(s.rindex("b"), s.rindex("b", 0, 4), s.rindex("a", 1))
    print(s.rindex("c", 0, 2))


if __name__ == "__main__":
    main()
