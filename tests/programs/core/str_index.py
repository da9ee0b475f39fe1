"""String indexing with positive and negative indices, ASCII and not."""


def chars(s: str) -> str:
    out = ""
    for i in range(len(s)):
        out += "[" + s[i] + "]"
    return out


def rchars(s: str) -> str:
    out = ""
    for i in range(-1, -len(s) - 1, -1):
        out += s[i]
    return out


def main() -> None:
    a = "hello"
    print(a[0], a[1], a[4], a[-1], a[-5], a[len(a) - 1])
    print(chars(a), rchars(a))
    h = "héllo wörld"
    print(len(h), h[1], h[-4], h[7], chars(h), rchars(h))
    j = "日本語のテキスト"
    print(len(j), j[0], j[2], j[-1], j[-8], chars(j), rchars(j))
    e = "a😀b🎉c"
    print(len(e), e[1], e[3], e[-1], e[-2], chars(e))
    fam = "👨‍👩‍👧"
    print(len(fam), repr(fam[1]), fam[0], fam[2], fam[4])
    flag = "🇫🇷"
    print(len(flag), flag[0] + flag[1] == flag)
    comb = "e\u0301"
    print(len(comb), repr(comb[1]), comb[0])
    mix = "aé日😀"
    for i in range(len(mix)):
        print(i, mix[i], mix[-1 - i], len(mix[i]))
    s = "0123456789"
    total = 0
    for i in range(len(s)):
        total = total * 10 + int(s[i])
    print(total)
    k = 3
    print(s[k], s[k * 2], s[-k], s[k - 10], s[9 - k])
    x = "x"
    print(x[0], x[-1], x[0][0], x[-1][-1][0])
    w = "αβγδε"
    print(w[0] + w[2] + w[4], w[-1] + w[-3] + w[-5])


if __name__ == "__main__":
    main()
