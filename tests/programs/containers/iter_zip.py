"""for a, b in zip(xs, ys): equal lengths, shortest wins, mixed element types."""


def main() -> None:
    names = ["ann", "bob", "cy"]
    ages = [31, 25, 47, 99]
    for n, a in zip(names, ages):
        print(n, a)
    for a, n in zip(ages, names):
        print(a, n, end="; ")
    print()
    e: list[str] = []
    for s, a in zip(e, ages):
        print("never", s, a)
    for ch, v in zip(list("héllo"), [1.5, 2.5]):
        print(ch, v)
    for c1, c2 in zip(list("abc"), list("日本語テ")):
        print(c1 + c2, end=" ")
    print()
    xs = [1, 2, 3, 4]
    ys = [10, 20, 30, 40]
    print([x + y for x, y in zip(xs, ys)], [x * y for x, y in zip(xs, ys[1:])])
    print([a == b for a, b in zip(xs, xs[::-1])], [a for a, b in zip(xs, ys) if b > 15])
    diffs = [b - a for a, b in zip(xs, xs[1:])]
    print(diffs)
    flags = [True, False, True]
    for f, n in zip(flags, names):
        if f:
            print("keep", n)
    m1 = [[1, 2], [3, 4]]
    m2 = [[5, 6], [7, 8]]
    print([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(m1, m2)])
    acc = 0
    for x, y in zip(xs, ys):
        if x == 3:
            break
        acc += x * y
    else:
        acc = -1
    print(acc)
    for x, y in zip(xs, ys):
        acc += x
    else:
        acc += 1000
    print(acc)
    pairs = 0
    for a, b in zip(list(range(5)), list(range(10, 0, -1))):
        pairs += a * b
    print(pairs)
    ws = ["x", "y"]
    for w, w2 in zip(ws, ws):
        print(w + w2)


if __name__ == "__main__":
    main()
