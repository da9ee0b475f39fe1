"""Writing past the end of a list raises IndexError: list assignment index out of range."""


def main() -> None:
    xs: list[str] = ["a", "b", "c"]
    for i in range(5):
        xs[i] = str(i) + "é"
        print(xs)


if __name__ == "__main__":
    main()
