"""sum() with an explicit start: sum(xs, 0.0) for floats (py4 requires it), -0.0 and int starts."""


def total(xs: list[float]) -> float:
    return sum(xs, 0.0)


def main() -> None:
    e: list[float] = []
    ei: list[int] = []
    print(sum(e, 0.0), total(e), f"{sum(e, 0.0)}", sum(e, 0.0) == 0.0, sum(e, 0.0) + 0.5, sum(e, -0.0), sum(e, 2.5))
    print(sum([-0.0], 0.0), sum([-0.0, -0.0], 0.0), sum([-0.0, -0.0], -0.0), sum([0.5], 0.0), total([1.5, -1.5]), sum([1e308, 1e308], 0.0))
    print([sum(r, 0.0) for r in [[0.5], [], [1.0, 2.0]]], [sum(r, 1.0) for r in [[0.5], [], [1.0, 2.0]]])
    print(sum(ei), sum(ei, 10), sum([1, 2, 3], 100), sum([1, 2, 3], -6), sum([[1], [2, 3]][1], 5))
    print(sum([0.1] * 3, 0.0), sum([0.1] * 3, 1.0), sum([1e16, 1.0, 1.0], 0.0), sum([1.0, 1.0, 1e16], 0.0))
    print(repr(total(e) / 2.0), sum([float(i) for i in range(10)], 0.5))


if __name__ == "__main__":
    main()
