"""KeyError for a missing (int, int) key raised by del: KeyError: (3, -4)."""


def main() -> None:
    g = {(0, 0): "origin", (1, 2): "p"}
    del g[(1, 2)]
    print(g)
    r = 3
    c = -4
    del g[(r, c)]
    print(g)


if __name__ == "__main__":
    main()
