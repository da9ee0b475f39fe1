"""A dict[bool, int] holding only True: looking up False raises KeyError: False."""


def main() -> None:
    seen: dict[bool, int] = {}
    for n in [2, 4, 6, 8]:
        seen[n % 2 == 0] = seen.get(n % 2 == 0, 0) + 1
    print(seen)
    print(seen[True], seen[False])


if __name__ == "__main__":
    main()
