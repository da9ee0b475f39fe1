"""Concatenation and len on ASCII and multi-byte strings."""


def build(n: int, piece: str) -> str:
    s = ""
    for i in range(n):
        s += piece
    return s


def main() -> None:
    print(len(""), len("a"), len("hello"), len("héllo"), len("日本"), len("😀"), len("👨‍👩‍👧"), len("🇫🇷"))
    print(len("\n"), len("\t\x00"), len("\\"), len("'\""), len("\u0301"), len("\U0001F600"))
    a = "foo"
    b = "bar"
    c = a + b
    print(c, len(c), a + "" + b, "" + "", len("" + ""))
    d = a + " " + b + " " + "日本" + "😀"
    print(d, len(d))
    s = build(10, "ab")
    print(s, len(s))
    u = build(7, "é日😀")
    print(u, len(u), u[5], u[-4])
    big = build(1000, "xyz")
    print(len(big), big[2999], big[1500])
    t = ""
    for i in range(20):
        t = str(i % 10) + t + str(i % 10)
    print(t, len(t))
    acc = "start"
    acc += "-"
    acc += str(42)
    acc += "-" + str(2.5) + "-" + str(True) + "-" + str(None)
    print(acc, len(acc))
    x = "a"
    y = x
    x += "b"
    print(x, y)
    total = 0
    w = "ünïcödé"
    for i in range(len(w)):
        total += len(w[i])
    print(total, len(w))
    esc = "tab\there\nnewline \\ backslash \x41 \u00e9 \U0001F600"
    print(esc, len(esc))


if __name__ == "__main__":
    main()
