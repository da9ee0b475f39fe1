"""list[float]: arithmetic over elements, repr of special values, sums and means."""


def mean(xs: list[float]) -> float:
    return sum(xs, 0.0) / len(xs)


def variance(xs: list[float]) -> float:
    m = mean(xs)
    acc = 0.0
    for x in xs:
        acc += (x - m) * (x - m)
    return acc / len(xs)


def scale(xs: list[float], k: float) -> list[float]:
    return [x * k for x in xs]


def dot(a: list[float], b: list[float]) -> float:
    s = 0.0
    for x, y in zip(a, b):
        s += x * y
    return s


def main() -> None:
    xs = [1.0, 2.0, 3.0, 4.0, 5.5]
    print(xs, mean(xs), variance(xs), sum(xs, 0.0), min(xs), max(xs))
    print(scale(xs, 0.1), scale(xs, -1.0), scale(xs, 0.0))
    print(dot(xs, xs), dot(xs, [1.0, -1.0]), dot([], xs))
    tenth = [0.1] * 10
    acc = 0.0
    for t in tenth:
        acc += t
    print(acc, sum(tenth, 0.0), acc == 1.0)
    inf = float("inf")
    specials = [inf, -inf, -0.0, 0.0, 1e-310, 2.0 ** 0.5, 1.0 / 3.0, 2.0 / 3.0, 1e16, 1e15 + 0.3]
    print(specials)
    print(f"{specials}")
    print([f"{x:.3f}" for x in specials], [f"{x:g}" for x in specials])
    print([round(x, 2) for x in xs], [int(x) for x in xs], [float(i) for i in range(4)])
    halves = [i / 2 for i in range(-4, 5)]
    print(halves, [h // 1 for h in halves], [h % 1.0 for h in halves])
    print(sum([1e100, 1.0, -1e100], 0.0), sum([0.5, 0.25, 0.125], 0.0), sum([-0.0], 0.0), sum([-0.0, -0.0], 0.0))
    ps = [1.0]
    for i in range(10):
        ps.append(ps[-1] * 1.5)
    print(ps[-1], ps[::3])
    print([x for x in specials if x > 1.0], [x < 0.0 for x in specials])
    m = [[1.0, 2.0], [3.0, 4.0]]
    print(m, [sum(r, 0.0) for r in m], [[c * 0.5 for c in r] for r in m])


if __name__ == "__main__":
    main()
