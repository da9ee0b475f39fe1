"""sum, min, max over int, float and str lists; min/max with key=; ties."""


def length(s: str) -> int:
    return len(s)


def dist5(x: int) -> int:
    return abs(x - 5)


def neg_f(x: float) -> float:
    return -x


def total(row: list[int]) -> int:
    return sum(row)


def main() -> None:
    xs = [3, -7, 12, 0, 12, -7, 5]
    e: list[int] = []
    print(sum(xs), min(xs), max(xs), sum(xs[2:]), sum(e), min(xs[:1]), max([-1]))
    print(sum(xs[::-1]), sum([10**18, 10**18, -10**18]))
    fs = [0.5, -2.25, 3.125, -0.0, 0.0]
    print(sum(fs, 0.0), min(fs), max(fs), sum(fs[:1], 0.0), sum([0.1, 0.2, 0.3], 0.0), sum([1.5, 0.5], 0.0))
    print(min([0.0, -0.0]), min([-0.0, 0.0]), max([0.0, -0.0]), max([-0.0, 0.0]))
    inf = float("inf")
    print(min([inf, 1e308]), max([-inf, -1e308]), sum([inf, 1.0], 0.0), max([inf, -inf]))
    words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
    print(min(words), max(words), min(words, key=length), max(words, key=length))
    print(min(["b", "a", "é", "Z"]), max(["b", "a", "é", "Z"]), min(["日本", "中国"]))
    print(min(xs, key=dist5), max(xs, key=dist5), min([4, 6, 5], key=dist5), min([4, 6], key=dist5), max([4, 6], key=dist5))
    print(min(fs, key=neg_f), max(fs, key=neg_f))
    rows = [[1, 2], [0, 0, 5], [3], [1, 1, 1]]
    print(min(rows), max(rows), min(rows, key=total), max(rows, key=total))
    print(min([True, False]), max([False, False]), sum([len(w) for w in words]))
    print(sum([x * x for x in range(100)]), sum([x for x in xs if x > 0]), max([x % 7 for x in range(30)]))
    m = [[3, 1, 4], [1, 5, 9], [2, 6, 5]]
    print([max(r) for r in m], [min(r) for r in m], max([max(r) for r in m]), sum([sum(r) for r in m]))
    print(min(1, 2), max(3.5, 2.5), min("b", "a"), max(-1, -2, -3))
    print(min(words, key=length) == "fig", max(words[:2] + words[3:], key=length))


if __name__ == "__main__":
    main()
