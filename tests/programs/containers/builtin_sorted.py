"""sorted() returns a new list and leaves the argument alone; key= and reverse=."""


def neg(x: int) -> int:
    return -x


def digit_sum(x: int) -> int:
    s = 0
    x = abs(x)
    while x > 0:
        s += x % 10
        x //= 10
    return s


def vowels(s: str) -> int:
    n = 0
    for ch in s:
        if ch in "aeioué":
            n += 1
    return n


def second(row: list[str]) -> str:
    return row[1]


def main() -> None:
    xs = [33, 5, 71, -8, 0, 19, 5, 44, 123, -91]
    ys = sorted(xs)
    print(xs, ys)
    print(sorted(xs, reverse=True), sorted(xs, key=neg), sorted(xs, key=digit_sum), sorted(xs, key=digit_sum, reverse=True))
    e: list[str] = []
    print(sorted(e), sorted([1]), sorted([2, 1]), sorted(sorted(xs)) == ys)
    words = "an apple a day keeps the doctor away éé".split()
    print(sorted(words), sorted(words, key=vowels), sorted(words, key=vowels, reverse=True))
    print(sorted([0.5, -1.5, 0.25]), sorted([True, False, True]), sorted([[2], [1, 1], [1]]))
    rows = [["a", "z"], ["b", "y"], ["c", "y"], ["d", "x"]]
    print(sorted(rows, key=second), rows[0])
    s = sorted(xs)
    s.append(1000)
    print(len(xs), len(s))
    print(sorted(list("mississippi")), "".join(sorted(list("mississippi"), reverse=True)))
    print(sorted(xs)[0], sorted(xs)[-1], sorted(xs)[len(xs) // 2], sorted(xs)[2:5])
    med = sorted([7, 1, 3, 9, 5])
    print(med[len(med) // 2])
    big = [(i * 37) % 101 for i in range(101)]
    sb = sorted(big)
    print(sb == list(range(101)), sorted(big, key=neg)[:5])


if __name__ == "__main__":
    main()
