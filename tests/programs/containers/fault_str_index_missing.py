"""str.index of a missing substring raises ValueError: substring not found."""


def main() -> None:
    s = "日本語のテキスト"
    for sub in ["本", "テキ", "ト", "語の", "xyz"]:
        print(sub, s.index(sub))


if __name__ == "__main__":
    main()
