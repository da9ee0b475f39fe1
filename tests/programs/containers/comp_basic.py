"""List comprehensions over ranges, lists and strings, with filters and calls."""


def sq(x: int) -> int:
    return x * x


def main() -> None:
    print([x for x in range(10)], [sq(x) for x in range(-3, 4)], [x for x in range(20) if x % 3 == 0])
    print([x * 0.5 for x in range(5)], [str(x) for x in range(5)], [x % 2 == 0 for x in range(5)])
    xs = [5, 1, 4, 2, 3]
    print([x + 1 for x in xs], [x for x in xs if x > 2], [x for x in xs if x > 2 if x < 5], [x * x for x in xs if x % 2 == 1])
    print([c for c in "hello"], [c.upper() for c in "héllo" if c != "l"], [ord(c) for c in "AZaz"])
    print([w for w in "the quick brown fox".split() if len(w) > 3], [len(w) for w in "a bb ccc".split()])
    e: list[int] = []
    print([x for x in e], [x for x in xs if x > 100], [c for c in ""])
    x = 100
    ys = [x for x in range(3)]
    print(x, ys)
    print([[c] for c in "ab"], [[i] * i for i in range(4)], [r[0] for r in [[1, 2], [3, 4]]])
    print([f"{i:02d}" for i in range(3)], ["é" * i for i in range(4)], [s[::-1] for s in ["abc", "日本"]])
    print([x if x % 2 == 0 else -x for x in range(6)], [x for x in range(10) if x % 2 == 0 and x % 3 != 0])
    fs = [1.5, -2.5, 0.0]
    print([abs(f) for f in fs], [f for f in fs if f], [-f for f in fs])
    total = sum([sq(x) for x in xs])
    print(total, len([c for c in "mississippi" if c == "s"]), max([len(w) for w in ["a", "abcd", "ab"]]))
    print([xs[i] for i in range(len(xs) - 1, -1, -1)], [xs[i] - xs[i - 1] for i in range(1, len(xs))])
    bs = [True, False]
    print([not b for b in bs], [b for b in bs if b])
    n = 3
    print([i * n for i in range(n)], [[i * j for j in range(n)] for i in range(n)])


if __name__ == "__main__":
    main()
