"""Comprehensions with tuple-unpacking targets over enumerate and zip."""


def main() -> None:
    xs = [10, 20, 30, 40]
    ws = ["a", "b", "c"]
    print([i * x for i, x in enumerate(xs)], [f"{i}={w}" for i, w in enumerate(ws, 1)])
    print([w * x for w, x in zip(ws, [1, 2, 3, 4])], [x for i, x in enumerate(xs) if i % 2 == 1])
    print([i for i, w in enumerate(ws) if w != "b"], [a - b for a, b in zip(xs[1:], xs)])
    fs = [1.5, 2.5]
    print([f * x for f, x in zip(fs, xs)], [[i, x] for i, x in enumerate(xs)])
    m = [[1, 2], [3, 4]]
    print([[v * (r + c) for c, v in enumerate(row)] for r, row in enumerate(m)])
    print([a == b for a, b in zip("abc".split("b"), ["a", "c"])])
    names = ["x", "y", "z"]
    vals = [3, 1, 2]
    print([f"{n}:{v}" for n, v in zip(names, vals) if v > 1], sorted([v * 10 + i for i, v in enumerate(vals)]))
    pos = [i for i, c in enumerate(list("banana")) if c == "a"]
    print(pos)
    bs = [True, False, True]
    print([w for w, b in zip(ws, bs) if b], [i for i, b in enumerate(bs) if not b])
    pairs = [a * 100 + b for a, b in zip(xs, xs[::-1])]
    print(pairs)
    print([i + j for i, x in enumerate(xs) for j, y in enumerate(ws) if i == j])


if __name__ == "__main__":
    main()
