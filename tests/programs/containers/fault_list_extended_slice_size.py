"""Assigning a wrong-sized list to an extended slice raises ValueError."""


def main() -> None:
    xs = [0, 1, 2, 3, 4, 5]
    xs[::2] = [10, 20, 30]
    print(xs)
    xs[1::2] = [7, 8, 9]
    print(xs)
    xs[::2] = [1, 2]
    print(xs)


if __name__ == "__main__":
    main()
