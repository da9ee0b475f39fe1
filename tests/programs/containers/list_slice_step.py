"""Slices with steps: positive, negative, -1 reversal, out-of-range bounds."""


def main() -> None:
    xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    print(xs[::2], xs[1::2], xs[::3], xs[::-1], xs[::-2], xs[::-3])
    print(xs[5:2:-1], xs[2:5:-1], xs[-1:-4:-1], xs[8:1:-3], xs[1:8:3], xs[100::-1], xs[:100:4])
    print(xs[-100::2], xs[:-100:-1], xs[::100], xs[::-100], xs[3::-1], xs[:3:-1])
    for step in [1, 2, 3, -1, -2, -5, 7, -11, 12]:
        print(step, xs[::step], xs[2:9:step], xs[9:2:step], xs[-2:-9:step])
    s = ["α", "β", "γ", "δ", "ε"]
    print(s[::-1], s[1::2], s[-1::-2], s[4:0:-2])
    f = [0.0, 0.25, 0.5, 0.75, 1.0]
    print(f[::2], f[::-1][1:], f[3:0:-1])
    m = [[1, 2], [3, 4], [5, 6], [7, 8]]
    print(m[::-1], m[1::2], [r[::-1] for r in m[::2]])
    empty: list[str] = []
    print(empty[::-1], empty[::3])
    r = xs[::-1]
    r[0] = -1
    print(xs[0], xs[-1], r[0])
    total = 0
    for a in range(-12, 13, 5):
        for b in range(-12, 13, 5):
            for c in [-3, -1, 1, 2]:
                total += len(xs[a:b:c]) * (a + 2 * b + 3 * c)
    print(total)


if __name__ == "__main__":
    main()
