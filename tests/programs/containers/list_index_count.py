"""list.index with start/stop bounds and list.count across types."""


def main() -> None:
    xs = [5, 3, 5, 7, 5, 3, 9]
    print(xs.index(5), xs.index(3), xs.index(9), xs.index(5, 1), xs.index(5, 3), xs.index(3, 2, 6))
    print(xs.index(5, -3), xs.index(3, -2), xs.index(5, -100), xs.index(9, 0, 100), xs.index(7, -5, -3))
    print(xs.count(5), xs.count(3), xs.count(9), xs.count(4), xs.count(-5))
    for v in [5, 3, 7, 9]:
        start = 0
        found: list[int] = []
        while start < len(xs) and v in xs[start:]:
            i = xs.index(v, start)
            found.append(i)
            start = i + 1
        print(v, found, len(found) == xs.count(v))
    ss = ["a", "b", "a", "é", "日本", "a"]
    print(ss.index("a"), ss.index("a", 1), ss.index("a", 3), ss.index("é"), ss.index("日本", -2), ss.count("a"), ss.count("é"), ss.count(""))
    fs = [0.0, 1.5, -0.0, 1.5, 3.0]
    print(fs.index(-0.0), fs.index(0.0, 1), fs.count(0.0), fs.count(1.5), fs.index(3.0))
    bs = [True, False, True, True]
    print(bs.index(False), bs.index(True, 1), bs.count(True), bs.count(False))
    m = [[1], [2], [1], []]
    print(m.index([1]), m.index([1], 1), m.index([]), m.count([1]), m.count([3]))
    sm = [["x"], ["y", "z"], ["x"]]
    print(sm.index(["y", "z"]), sm.count(["x"]))
    empty: list[int] = []
    print(empty.count(1), [1, 1, 1].count(1), ([0] * 50).count(0))


if __name__ == "__main__":
    main()
