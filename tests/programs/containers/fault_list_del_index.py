"""del of an out-of-range item raises IndexError: list assignment index out of range."""


def main() -> None:
    xs = list(range(6))
    for i in range(6):
        del xs[i]
        print(xs)


if __name__ == "__main__":
    main()
