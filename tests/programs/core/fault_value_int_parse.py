"""int() of a malformed string raises ValueError with the offending literal."""


def parse(s: str) -> int:
    return int(s)


def main() -> None:
    print(parse("12"))
    print(parse(" -34 "))
    print(parse("1_000"))
    print(parse("12x"))


if __name__ == "__main__":
    main()
