"""reverse in place, clear, copy, and how they interact with aliases."""


def main() -> None:
    xs = [1, 2, 3, 4, 5]
    alias = xs
    cp = xs.copy()
    xs.reverse()
    print(xs, alias, cp)
    cp.reverse()
    cp.reverse()
    print(cp, cp == xs[::-1])
    ev = [1, 2, 3, 4]
    ev.reverse()
    print(ev)
    one = ["x"]
    one.reverse()
    e: list[float] = []
    e.reverse()
    print(one, e)
    ss = list("日本語テキスト")
    ss.reverse()
    print("".join(ss), ss)
    m = [[1, 2], [3, 4]]
    mc = m.copy()
    mc.reverse()
    mc[0].append(5)
    print(m, mc)
    deep = [r.copy() for r in m]
    deep[0][0] = -1
    print(m, deep)
    alias.clear()
    print(xs, alias, len(xs), cp)
    xs.append(10)
    print(alias)
    m.clear()
    print(m, mc)
    fs = [0.1, 0.2]
    fc = fs.copy()
    fc.append(0.3)
    fs.clear()
    fs.extend(fc)
    fs.reverse()
    print(fs, fc)
    bs = [True, False, False]
    bc = bs.copy()
    bs.reverse()
    print(bs, bc, bs == bc, bs[::-1] == bc)
    big = list(range(101))
    big.reverse()
    print(big[:3], big[-3:], big[50])
    s2: list[list[str]] = [["a"], ["b"]]
    s3 = s2.copy()
    s3[1] = ["c"]
    s3[0][0] = "A"
    print(s2, s3)


if __name__ == "__main__":
    main()
