"""Slicing lists with start/stop bounds, including negative and out-of-range bounds."""


def main() -> None:
    xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    print(xs[:], xs[2:], xs[:3], xs[2:5], xs[-3:], xs[:-3], xs[-5:-2])
    print(xs[1:-1], xs[5:2], xs[100:], xs[:100], xs[-100:3], xs[3:-100], xs[-100:100])
    print(xs[0:0], xs[10:], xs[9:], xs[-1:], xs[-10:-9])
    n = len(xs)
    for a in range(-12, 13, 3):
        for b in range(-12, 13, 4):
            print(f"{a}:{b}={xs[a:b]}", end=" ")
        print()
    s = ["a", "b", "c", "d"]
    t = s[1:3]
    t[0] = "B"
    print(s, t)
    c = s[:]
    c.append("e")
    print(s, c, c == s + ["e"])
    f = [0.5, 1.5, 2.5]
    print(f[1:], f[:1], f[-2:-1])
    bs = [True, False, True, True]
    print(bs[1:3], bs[::-1][:2])
    m = [[1], [2], [3]]
    sub = m[1:]
    sub[0].append(20)
    print(m, sub)
    empty: list[int] = []
    print(empty[:], empty[1:], empty[-1:], empty[:5])
    print(xs[n // 2:], xs[:n // 2], xs[n - 3:n - 1])


if __name__ == "__main__":
    main()
