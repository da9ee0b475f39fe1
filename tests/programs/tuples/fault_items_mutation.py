"""Adding a tuple key while iterating d.items() as tuples raises RuntimeError: dictionary changed size during iteration."""


def main() -> None:
    d = {(0, 0): "a", (1, 1): "b"}
    for p in d.items():
        print(p)
        d[(p[0][0] + 2, 0)] = p[1] * 2


if __name__ == "__main__":
    main()
