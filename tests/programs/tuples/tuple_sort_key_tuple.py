"""Key functions returning tuples: sort by (length, word), by (-count, name), min/max with tuple keys, stability on equal keys."""


def len_then_alpha(w: str) -> tuple[int, str]:
    return (len(w), w)


def by_count_desc(p: tuple[str, int]) -> tuple[int, str]:
    return (-p[1], p[0])


def parity_key(n: int) -> tuple[bool, int]:
    return (n % 2 == 1, -n)


def coarse(p: tuple[float, str]) -> tuple[int, int]:
    return (int(p[0]), 0)


def main() -> None:
    words = "pear fig banana kiwi apple date plum lime cherry".split()
    print(sorted(words, key=len_then_alpha))
    print(sorted(words, key=len_then_alpha, reverse=True))
    print(min(words, key=len_then_alpha), max(words, key=len_then_alpha))
    counts = [("b", 3), ("a", 3), ("c", 5), ("d", 1), ("e", 5)]
    counts.sort(key=by_count_desc)
    print(counts)
    nums = list(range(10))
    nums.sort(key=parity_key)
    print(nums)
    vals = [(1.5, "a"), (1.2, "b"), (0.9, "c"), (1.9, "d"), (0.1, "e")]
    print(sorted(vals, key=coarse), max(vals, key=coarse), min(vals, key=coarse))


if __name__ == "__main__":
    main()
