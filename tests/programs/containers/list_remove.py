"""remove deletes the first equal element; works on every element type."""


def remove_all(xs: list[int], v: int) -> int:
    n = 0
    while v in xs:
        xs.remove(v)
        n += 1
    return n


def main() -> None:
    xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
    xs.remove(1)
    print(xs)
    xs.remove(5)
    print(xs)
    print(remove_all(xs, 5), xs)
    print(remove_all(xs, 7), xs)
    xs.remove(xs[-1])
    xs.remove(xs[0])
    print(xs)
    ss = ["é", "e\u0301", "e", "é", "日本"]
    ss.remove("e")
    ss.remove("é")
    print(ss, len(ss))
    ss.remove("e\u0301")
    print(ss)
    fs = [0.0, -0.0, 1.5, 0.0]
    fs.remove(-0.0)
    print(fs)
    fs.remove(0.0)
    print(fs)
    fs.remove(1.5)
    print(fs)
    bs = [False, True, False]
    bs.remove(True)
    print(bs)
    m = [[1], [2, 3], [1]]
    m.remove([1])
    print(m)
    m.remove([2, 3])
    print(m)
    ms = [["a"], []]
    ms.remove([])
    print(ms)
    one = [7]
    one.remove(7)
    print(one, len(one))


if __name__ == "__main__":
    main()
