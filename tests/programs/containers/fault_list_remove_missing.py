"""remove of a value not present raises ValueError: list.remove(x): x not in list."""


def main() -> None:
    xs = [3, 1, 4, 1, 5]
    for v in [1, 1, 4, 1]:
        xs.remove(v)
        print(xs)


if __name__ == "__main__":
    main()
