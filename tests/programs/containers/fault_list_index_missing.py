"""list.index of a missing int raises ValueError: 3 is not in list."""


def main() -> None:
    xs = [1, 2, 3, 4, 3]
    print(xs.index(3), xs.index(3, 3))
    print(xs.index(3, 0, 2))


if __name__ == "__main__":
    main()
