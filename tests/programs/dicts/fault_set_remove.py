"""set.remove of a missing element raises KeyError (discard does not)."""


def main() -> None:
    s = {1, 2, 3}
    s.discard(5)
    for x in [3, 1, 2, 1]:
        s.remove(x)
        print(x, sorted(s), len(s))


if __name__ == "__main__":
    main()
