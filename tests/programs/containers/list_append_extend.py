"""append and extend on all element types, self-extension and growth."""


def fill(xs: list[int], n: int) -> None:
    for i in range(n):
        xs.append(i * i)


def main() -> None:
    xs: list[int] = []
    print(xs, len(xs))
    xs.append(1)
    xs.append(-2)
    print(xs, len(xs))
    xs.extend([3, 4])
    xs.extend([])
    xs.extend(xs)
    print(xs)
    xs.extend(xs[::-1])
    print(xs, len(xs))
    ys: list[int] = []
    fill(ys, 1000)
    print(len(ys), ys[0], ys[999], ys[500], sum(ys))
    ss: list[str] = []
    for w in "the quick brown fox".split():
        ss.append(w.upper())
    ss.extend(list("日本"))
    ss.extend(["é"])
    print(ss)
    fs = [0.5]
    for i in range(5):
        fs.append(fs[-1] * 2.0)
    fs.extend([-0.0, 1e100])
    print(fs)
    bs: list[bool] = []
    for i in range(6):
        bs.append(i % 3 == 0)
    bs.extend([not b for b in bs])
    print(bs)
    m: list[list[int]] = []
    row: list[int] = []
    for i in range(3):
        row.append(i)
        m.append(row)
    print(m)
    m2: list[list[int]] = []
    for i in range(3):
        m2.append([i] * (i + 1))
    m2.extend([[7, 7]])
    m2[0].extend(m2[2])
    print(m2)
    big: list[str] = []
    for i in range(200):
        big.append(str(i))
    print(len(big), big[-1], big[199], "".join(big)[:40])
    ms: list[list[str]] = [[]]
    ms[0].append("a")
    ms.append(ms[0])
    ms[1].append("b")
    print(ms)
    r = list(range(3))
    r.extend(list(range(3, 6)))
    r.extend([7] if list("123") == ["1", "2", "3"] else [8])
    print(r)


if __name__ == "__main__":
    main()
