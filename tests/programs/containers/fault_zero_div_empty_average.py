"""Averaging an empty list divides by zero: ZeroDivisionError."""


def average(xs: list[float]) -> float:
    return sum(xs, 0.0) / len(xs)


def main() -> None:
    groups = [[1.0, 2.0], [0.5], [-1.0, 1.0, 3.5], []]
    for g in groups:
        print(g, average(g))


if __name__ == "__main__":
    main()
