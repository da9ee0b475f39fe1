"""max() of an empty list of tuples raises ValueError: max() arg is an empty sequence."""


def best(pairs: list[tuple[int, str]]) -> tuple[int, str]:
    return max(pairs)


def main() -> None:
    print(best([(1, "a"), (3, "b"), (2, "c")]))
    print(best([(0, "")]))
    empty: list[tuple[int, str]] = []
    print(best(empty))


if __name__ == "__main__":
    main()
