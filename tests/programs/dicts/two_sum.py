"""Two-sum and pair counting with a dict of value -> index; complement lookups."""


def two_sum(xs: list[int], target: int) -> list[int]:
    seen: dict[int, int] = {}
    for i, x in enumerate(xs):
        need = target - x
        if need in seen:
            return [seen[need], i]
        seen[x] = i
    return []


def count_pairs(xs: list[int], target: int) -> int:
    counts: dict[int, int] = {}
    total = 0
    for x in xs:
        total += counts.get(target - x, 0)
        counts[x] = counts.get(x, 0) + 1
    return total


def longest_zero_sum(xs: list[int]) -> int:
    first: dict[int, int] = {0: -1}
    acc = 0
    best = 0
    for i, x in enumerate(xs):
        acc += x
        if acc in first:
            best = max(best, i - first[acc])
        else:
            first[acc] = i
    return best


def main() -> None:
    xs = [2, 7, 11, 15, -3, 4, 4, 0, -8]
    for t in [9, 26, 8, 1, -8, 0, 100, -11]:
        print(t, two_sum(xs, t), count_pairs(xs, t))
    print(two_sum([], 5), two_sum([5], 10), two_sum([5, 5], 10))
    print(count_pairs([1, 1, 1, 1], 2), count_pairs([3, 3, 3], 6))
    print(longest_zero_sum([1, -1, 3, 2, -2, -3, 5]), longest_zero_sum([1, 2, 3]), longest_zero_sum([0, 0, 0]))


if __name__ == "__main__":
    main()
