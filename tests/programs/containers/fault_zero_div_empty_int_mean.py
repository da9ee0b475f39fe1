"""Integer mean of an empty list with // raises ZeroDivisionError."""


def main() -> None:
    data = [[3, 4, 5], [10], []]
    for d in data:
        print(d, sum(d) // len(d), sum(d) % len(d))


if __name__ == "__main__":
    main()
