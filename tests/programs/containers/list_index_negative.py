"""Indexing lists with positive and negative indices, reading and writing."""


def get(xs: list[int], i: int) -> int:
    return xs[i]


def set_item(xs: list[str], i: int, v: str) -> None:
    xs[i] = v


def main() -> None:
    xs = [10, 20, 30, 40, 50]
    for i in range(-5, 5):
        print(i, xs[i], get(xs, i), xs[i] == xs[len(xs) + i if i < 0 else i])
    print(xs[0], xs[-1], xs[len(xs) - 1], xs[-len(xs)])
    xs[0] = 11
    xs[-1] = 55
    xs[2] += 3
    xs[-2] *= 2
    xs[1] -= xs[-4]
    print(xs)
    ws = ["a", "b", "c"]
    set_item(ws, -1, "Z")
    set_item(ws, 0, ws[1] + ws[-1])
    ws[1] += "!"
    print(ws)
    fs = [1.5, 2.5]
    fs[-1] /= 2.0
    fs[0] **= 2.0
    print(fs)
    bs = [False, True]
    bs[0] = not bs[-1]
    bs[1] = bs[0] and True
    print(bs)
    m = [[1, 2, 3], [4, 5, 6]]
    m[-1][-1] = 60
    m[0][-3] = 100
    m[1][0] += m[0][1]
    print(m, m[-1], m[-2][-2])
    idx = [2, 0, 1]
    vals = ["x", "y", "z"]
    print(vals[idx[0]], vals[idx[idx[0]]], vals[idx[-1] - 3])
    i = 0
    total = 0
    while i < len(xs):
        total += xs[i] * xs[-1 - i]
        i += 1
    print(total)
    ss = ["héllo", "日本"]
    print(ss[-1][-1], ss[0][1], ss[-2][-4:])


if __name__ == "__main__":
    main()
