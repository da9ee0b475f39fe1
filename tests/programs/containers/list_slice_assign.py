"""Assignment to slices: growing, shrinking, extended slices, self-assignment."""


def main() -> None:
    xs = [0, 1, 2, 3, 4, 5]
    xs[1:3] = [10, 20, 30]
    print(xs)
    xs[:0] = [-1]
    print(xs)
    xs[len(xs):] = [99, 100]
    print(xs)
    xs[2:5] = []
    print(xs)
    xs[:] = [7, 8, 9]
    print(xs)
    xs[1:1] = [1, 1, 1]
    print(xs)
    xs[-2:] = [5]
    print(xs)
    xs[100:200] = [6]
    print(xs)
    xs[-100:1] = [0, 0]
    print(xs)
    ys = [0, 1, 2, 3, 4, 5, 6, 7]
    ys[::2] = [10, 12, 14, 16]
    print(ys)
    ys[1::2] = [-1, -3, -5, -7]
    print(ys)
    ys[::-1] = [1, 2, 3, 4, 5, 6, 7, 8]
    print(ys)
    ys[6:1:-2] = [60, 40, 20]
    print(ys)
    ys[::3] = ys[:3]
    print(ys)
    zs = ["a", "b", "c", "d"]
    zs[1:3] = zs
    print(zs)
    zs[::-1] = zs
    print(zs)
    zs[:] = zs[::-1]
    print(zs)
    fs = [0.0, 1.0, 2.0]
    fs[1:2] = [1.5, 1.75, 1.875]
    fs[::2] = [-0.0, -1.0, -2.0]
    print(fs)
    m = [[1], [2], [3]]
    m[0:2] = [[9, 9]]
    print(m)
    m[1:] = [[8], [7], []]
    m[-1][:] = [6]
    print(m)
    bs = [True, True, True, True]
    bs[1:3] = [False]
    bs[::2] = [False, False]
    print(bs)
    e: list[int] = []
    e[:] = []
    e[0:0] = [1, 2]
    e[5:] = [3]
    e[::-1] = [30, 20, 10]
    print(e)
    w = [1, 2, 3, 4, 5]
    w[3:1] = [100]
    print(w)
    w[4:0:-1] = [9, 8, 7, 6]
    print(w)
    w[::1] = [0]
    print(w)


if __name__ == "__main__":
    main()
