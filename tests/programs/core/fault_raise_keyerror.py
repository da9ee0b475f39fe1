"""KeyError's message is the repr of its argument."""


def lookup(key: str) -> int:
    if key == "a":
        return 1
    raise KeyError(key)


def main() -> None:
    print(lookup("a"))
    print(lookup("missing"))


if __name__ == "__main__":
    main()
