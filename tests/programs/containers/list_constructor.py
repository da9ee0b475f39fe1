"""list() from lists, strings and ranges; copies are independent."""


def main() -> None:
    a = [1, 2, 3]
    b = list(a)
    b.append(4)
    print(a, b, a == b[:3])
    print(list("abc"), list(""), list("héllo"), list("日本語"), list("😀👍"), list("e\u0301"))
    print(list(range(5)), list(range(0)), list(range(3, 10, 2)), list(range(10, 0, -3)), list(range(-5, -1)))
    print(list(range(5, 0)), list(range(0, 10, 20)), len(list(range(1000))))
    s = list("hello world")
    s[0] = "H"
    s[6] = "W"
    print("".join(s), s.count("l"), s.index("o"))
    fs = list([0.5, 1.5])
    fs.append(2.5)
    print(fs)
    bs = list([True])
    print(bs)
    m = [[1], [2]]
    m2 = list(m)
    m2.append([3])
    m2[0].append(10)
    print(m, m2)
    e: list[int] = list(range(0))
    e.append(1)
    print(e)
    es: list[str] = list("")
    print(es, len(es))
    r = list(range(10))
    print(r[::-1], r[2:8:2], sum(r), [x for x in reversed(r)] == r[::-1])
    words = list("a b c".split())
    print(words)
    copy_of_copy = list(list(list("xy")))
    print(copy_of_copy)


if __name__ == "__main__":
    main()
