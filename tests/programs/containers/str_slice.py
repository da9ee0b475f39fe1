"""String slicing with bounds and steps on ASCII and non-ASCII text."""


def main() -> None:
    s = "hello, world"
    print(s[:], s[7:], s[:5], s[-5:], s[:-7], s[3:8], s[-100:3], s[8:100], s[5:2], s[100:])
    print(s[::2], s[1::2], s[::-1], s[::-2], s[10:2:-2], s[2:10:-1], s[-1:-6:-1], s[::100], s[::-100])
    u = "héllo wörld 日本語 😀👍 e\u0301"
    print(u[:5], u[6:11], u[12:15], u[16:18], u[-2:], u[::-1], u[::3], u[-3::-4])
    print(len(u), len(u[::2]), len(u[1::2]), u[12:15][::-1], u[16], u[17], u[-1], u[-2])
    for step in [1, 2, 3, -1, -2, -7]:
        print(step, repr(s[::step]), repr(u[2:14:step]), repr(u[14:2:step]))
    e = ""
    print(repr(e[:]), repr(e[::-1]), repr(e[1:]), repr(e[-1:]))
    w = "日本語テキスト"
    for i in range(len(w) + 1):
        print(w[:i], w[i:], w[i:i + 2], end=" | ")
    print()
    t = "abcdefghij"
    total = ""
    for a in range(-12, 13, 4):
        for b in range(-12, 13, 6):
            total += t[a:b] + "/"
    print(total)
    print(s[0] + s[-1] + s[len(s) // 2], u[0] + u[-1], "x"[0], "é"[-1], "日本"[1:][0])
    pal = "récér"
    print(pal == pal[::-1], "abba"[:2] == "abba"[:1:-1], "😀x😀"[::-1])


if __name__ == "__main__":
    main()
