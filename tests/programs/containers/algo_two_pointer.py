"""Two-pointer techniques: pair sums, dedupe in place, merging, container water, reverse."""


def pair_sum(xs: list[int], target: int) -> list[int]:
    i = 0
    j = len(xs) - 1
    while i < j:
        s = xs[i] + xs[j]
        if s == target:
            return [xs[i], xs[j]]
        if s < target:
            i += 1
        else:
            j -= 1
    return []


def dedupe(xs: list[int]) -> int:
    if len(xs) == 0:
        return 0
    w = 1
    for r in range(1, len(xs)):
        if xs[r] != xs[w - 1]:
            xs[w] = xs[r]
            w += 1
    del xs[w:]
    return w


def max_water(h: list[int]) -> int:
    i = 0
    j = len(h) - 1
    best = 0
    while i < j:
        best = max(best, min(h[i], h[j]) * (j - i))
        if h[i] < h[j]:
            i += 1
        else:
            j -= 1
    return best


def reverse_in_place(xs: list[str]) -> None:
    i = 0
    j = len(xs) - 1
    while i < j:
        tmp = xs[i]
        xs[i] = xs[j]
        xs[j] = tmp
        i += 1
        j -= 1


def move_zeros(xs: list[int]) -> None:
    w = 0
    for r in range(len(xs)):
        if xs[r] != 0:
            tmp = xs[w]
            xs[w] = xs[r]
            xs[r] = tmp
            w += 1


def longest_unique(s: str) -> str:
    best_a = 0
    best_b = 0
    a = 0
    for b in range(len(s)):
        while s[b] in s[a:b]:
            a += 1
        if b + 1 - a > best_b - best_a:
            best_a = a
            best_b = b + 1
    return s[best_a:best_b]


def main() -> None:
    xs = [-8, -3, 0, 1, 4, 6, 9, 13]
    for t in [1, 5, 22, 100, -11, 10]:
        print(t, pair_sum(xs, t))
    d = [1, 1, 2, 2, 2, 3, 5, 5, 8, 8, 8, 8]
    print(dedupe(d), d)
    e: list[int] = []
    print(dedupe(e), e, dedupe([7]))
    print(max_water([1, 8, 6, 2, 5, 4, 8, 3, 7]), max_water([1, 1]), max_water([4, 3, 2, 1, 4]))
    w = list("日本語 text")
    reverse_in_place(w)
    print(w)
    z = [0, 1, 0, 3, 12, 0, 5]
    move_zeros(z)
    print(z)
    for s in ["abcabcbb", "bbbbb", "pwwkew", "", "日本日本語", "abcdef"]:
        print(repr(s), repr(longest_unique(s)))


if __name__ == "__main__":
    main()
