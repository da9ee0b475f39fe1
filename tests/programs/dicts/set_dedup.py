"""Dedup via set then sorted; order-preserving dedup via a seen set; counting distinct values."""


def dedup_keep_order(xs: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def distinct_sorted(xs: list[int]) -> list[int]:
    s: set[int] = set()
    for x in xs:
        s.add(x)
    return sorted(s)


def first_repeat(xs: list[int]) -> int:
    seen: set[int] = set()
    for x in xs:
        if x in seen:
            return x
        seen.add(x)
    return -1


def main() -> None:
    words = "the cat and the hat and the bat sat on the mat Ça ça ÇA".split()
    print(dedup_keep_order(words))
    lw: set[str] = set()
    for w in words:
        lw.add(w.lower())
    print(len(lw), sorted(lw), sorted(sorted(lw), key=len), sorted(lw, reverse=True)[:3])
    nums = [5, 3, 5, 1, -2, 3, 9, 0, 0, -2, 12, 5]
    print(distinct_sorted(nums), len(distinct_sorted(nums)), first_repeat(nums), first_repeat([1, 2, 3]))
    print(distinct_sorted([]), distinct_sorted([7] * 20))
    d = {"a": 1, "b": 2, "c": 1, "d": 3, "e": 2}
    vals: set[int] = set()
    for v in d.values():
        vals.add(v)
    print(sorted(vals), len(vals) == len(d))
    letters: set[str] = set()
    for ch in "mississippi":
        letters.add(ch)
    print(sorted(letters), "".join(sorted(letters)), len(letters))
    pangram = "The quick brown fox jumps over the lazy dog"
    seen: set[str] = set()
    for ch in pangram.lower():
        if ch.isalpha():
            seen.add(ch)
    print(len(seen) == 26, len(seen))
    floats: set[float] = set()
    for x in [0.1, 0.2, 0.1 + 0.2, 0.3, 0.30000000000000004, -0.0, 0.0, 1e-300 * 1e-300]:
        floats.add(x)
    print(len(floats), sorted(floats))


if __name__ == "__main__":
    main()
