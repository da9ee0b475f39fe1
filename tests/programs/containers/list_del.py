"""del of single items, negative items, plain slices and extended slices."""


def main() -> None:
    xs = list(range(10))
    del xs[0]
    print(xs)
    del xs[-1]
    print(xs)
    del xs[3]
    print(xs)
    del xs[2:4]
    print(xs)
    del xs[-2:]
    print(xs)
    del xs[10:20]
    print(xs)
    del xs[3:1]
    print(xs)
    del xs[:1]
    print(xs)
    ys = list(range(12))
    del ys[::2]
    print(ys)
    del ys[::-2]
    print(ys)
    zs = list(range(12))
    del zs[1:10:3]
    print(zs)
    del zs[8:2:-2]
    print(zs)
    del zs[:]
    print(zs, len(zs))
    ss = ["a", "é", "日", "😀"]
    del ss[1]
    del ss[-1]
    print(ss)
    m = [[1, 2, 3], [4, 5, 6]]
    del m[0][1]
    del m[1][::2]
    print(m)
    del m[0]
    print(m)
    fs = [0.1, 0.2, 0.3, 0.4]
    del fs[1:-1]
    print(fs)
    alias = fs
    del fs[0]
    print(alias)
    bs = [True, False, True]
    del bs[:2]
    print(bs)
    q = list(range(20))
    while len(q) > 3:
        del q[len(q) // 2]
    print(q)
    r = list(range(10))
    del r[::1]
    print(r)
    t = list(range(10))
    del t[::-1]
    print(t)
    u = list(range(10))
    del u[-3:-100:-3]
    print(u)


if __name__ == "__main__":
    main()
