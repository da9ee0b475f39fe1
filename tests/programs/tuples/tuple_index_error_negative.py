"""A negative variable index before the start of a tuple raises IndexError: tuple index out of range."""


def main() -> None:
    t = ("x", "y", "z")
    i = -1
    while True:
        print(i, t[i])
        i -= 1


if __name__ == "__main__":
    main()
