"""Tuple-unpacking assignment with list items as targets: swaps and rotations."""


def rotate3(xs: list[int]) -> None:
    xs[0], xs[1], xs[2] = xs[1], xs[2], xs[0]


def main() -> None:
    xs = [1, 2, 3, 4]
    xs[0], xs[-1] = xs[-1], xs[0]
    print(xs)
    rotate3(xs)
    print(xs)
    i = 1
    j = 2
    xs[i], xs[j] = xs[j], xs[i]
    print(xs)
    i, xs[i] = 3, 99
    print(i, xs)
    ss = ["a", "b"]
    ss[0], ss[1] = ss[1] + "!", ss[0] * 2
    print(ss)
    m = [[1, 2], [3, 4]]
    m[0], m[1] = m[1], m[0]
    m[0][0], m[1][1] = m[1][1], m[0][0]
    print(m)
    fs = [0.5, 1.5, 2.5]
    fs[0], fs[2] = fs[2] * 2.0, fs[0] / 2.0
    print(fs)
    a = [5, 4, 3, 2, 1]
    n = len(a)
    for k in range(n // 2):
        a[k], a[n - 1 - k] = a[n - 1 - k], a[k]
    print(a)
    q, r = divmod(len(a) * 7, 3)
    print(q, r)
    x = 1
    y = 2
    x, y = y, x + y
    print(x, y)


if __name__ == "__main__":
    main()
