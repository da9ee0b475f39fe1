"""str.split with an empty separator raises ValueError: empty separator."""


def main() -> None:
    text = "a,b;c d"
    for sep in [",", ";", " ", ""]:
        print(repr(sep), text.split(sep))


if __name__ == "__main__":
    main()
