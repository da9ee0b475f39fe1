"""Sorting floats including -0.0, 0.0, inf, -inf, tiny and huge values."""


def neg(x: float) -> float:
    return -x


def main() -> None:
    inf = float("inf")
    ninf = float("-inf")
    xs = [0.0, -0.0, 1.5, inf, -1.5, ninf, 5e-324, -5e-324, 1e308, -1e308, 0.1, 0.30000000000000004, 0.3]
    print(sorted(xs))
    print(sorted(xs, reverse=True))
    print(sorted(xs, key=neg))
    zs = [0.0, -0.0, 0.0, -0.0]
    print(sorted(zs), sorted(zs, reverse=True))
    zs.sort()
    print(zs)
    zs2 = [-0.0, 0.0, -0.0]
    zs2.sort(reverse=True)
    print(zs2)
    ys = xs.copy()
    ys.sort()
    print(ys == sorted(xs), ys[0], ys[-1], min(xs), max(xs))
    print(sum(ys[1:-1], 0.0), sum([0.1] * 10, 0.0), sum([1e16, 1.0, -1e16], 0.0))
    g = [float(i) / 7.0 for i in range(-7, 8)]
    g.sort(reverse=True)
    print(g)
    print(inf in xs, ninf in xs, -0.0 in [0.0], xs.index(-0.0), xs.count(0.0))
    print([inf, ninf], [inf - 1e308, ninf * -1.0], [1e308 * 10.0 == inf])


if __name__ == "__main__":
    main()
