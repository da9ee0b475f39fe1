"""find and rfind with start/end arguments, empty needles and non-ASCII text."""


def main() -> None:
    s = "abracadabra"
    print(s.find("a"), s.find("bra"), s.find("z"), s.find(""), s.find("a", 1), s.find("a", 4), s.find("a", -3), s.find("a", 100))
    print(s.find("bra", 2), s.find("bra", 2, 10), s.find("bra", 2, 11), s.find("a", 0, 0), s.find("", 5), s.find("", 11), s.find("", 12))
    print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind(""), s.rfind("a", 0, 5), s.rfind("a", -5, -1), s.rfind("abra", 1), s.rfind("", 3, 6))
    print(s.find("a", -100), s.find("a", 5, 2), s.rfind("a", 5, 2), s.find("ra", -4), s.rfind("ra", -100, -4))
    u = "日本語のテキスト、日本語"
    print(u.find("日本"), u.rfind("日本"), u.find("テキ"), u.find("語", 3), u.rfind("語", 0, 5), u.find("x"), u.find("、"))
    e = "café crème brûlée"
    print(e.find("é"), e.rfind("é"), e.find("è"), e.find("û"), e.find(" "), e.rfind(" "), e[e.find("c", 1):])
    print("".find(""), "".find("a"), "".rfind(""), "a".find("", 1), "a".find("", 2), "😀x😀".find("😀", 1), "😀x😀".rfind("x"))
    positions: list[int] = []
    i = s.find("a")
    while i != -1:
        positions.append(i)
        i = s.find("a", i + 1)
    print(positions)
    rpos: list[int] = []
    j = s.rfind("a")
    while j != -1:
        rpos.append(j)
        j = s.rfind("a", 0, j)
    print(rpos)
    for start in range(-12, 13, 3):
        print(start, s.find("a", start), s.rfind("a", start), s.find("a", 0, start), s.rfind("a", 0, start))
    path = "/home/user/docs/file.tar.gz"
    slash = path.rfind("/")
    dot = path.find(".", slash)
    print(path[slash + 1:], path[:slash], path[dot:], path[path.rfind("."):])


if __name__ == "__main__":
    main()
