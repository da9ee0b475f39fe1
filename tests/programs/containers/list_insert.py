"""insert at front, middle, end, negative and out-of-range positions."""


def main() -> None:
    xs: list[int] = []
    xs.insert(0, 5)
    xs.insert(0, 4)
    xs.insert(len(xs), 6)
    xs.insert(100, 7)
    xs.insert(-100, 3)
    xs.insert(-1, 65)
    xs.insert(2, 45)
    print(xs)
    for i in range(-9, 10, 2):
        ys = [0, 1, 2, 3]
        ys.insert(i, 9)
        print(i, ys)
    ss = ["b"]
    ss.insert(0, "a")
    ss.insert(-1, "é")
    ss.insert(99, "日本")
    print(ss, len(ss))
    fs = [1.0]
    for i in range(5):
        fs.insert(i % 2, float(i) / 4.0)
    print(fs)
    bs: list[bool] = []
    for i in range(5):
        bs.insert(0, i % 2 == 1)
    print(bs)
    m: list[list[int]] = [[1]]
    m.insert(0, [0])
    m.insert(-1, m[0])
    m[1].append(100)
    print(m)
    q: list[int] = []
    for i in range(300):
        q.insert(len(q) // 2, i)
    print(len(q), q[:10], q[-10:], q[145:155], sum(q))


if __name__ == "__main__":
    main()
