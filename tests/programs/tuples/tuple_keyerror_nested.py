"""KeyError for a missing nested-tuple key read through d[k] inside a function: KeyError: ((1, 2), 'é\\n')."""


def lookup(d: dict[tuple[tuple[int, int], str], int], k: tuple[tuple[int, int], str]) -> int:
    return d[k]


def main() -> None:
    d = {((1, 2), "a"): 1}
    print(lookup(d, ((1, 2), "a")))
    print(lookup(d, ((1, 2), "é\n")))


if __name__ == "__main__":
    main()
