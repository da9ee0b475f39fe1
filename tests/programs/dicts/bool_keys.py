"""Bool keys: partitioning by predicate, True/False counts, keys from comparisons, bool sets."""


def is_even(n: int) -> bool:
    return n % 2 == 0


def main() -> None:
    parts: dict[bool, list[int]] = {}
    for n in [3, 8, -2, 7, 0, 11, 14]:
        parts.setdefault(is_even(n), []).append(n)
    print(parts, parts[True], parts[False])
    counts: dict[bool, int] = {False: 0, True: 0}
    for w in "Hello World Of Python and compilers".split():
        counts[w[0].isupper()] += 1
    print(counts)
    d = {True: "yes"}
    d[3 > 4] = "no"
    d[not False] = "YES"
    print(d, len(d), d[1 == 1], False in d)
    del d[True]
    print(d, True in d, d.get(True, "absent"))
    d[True] = "back"
    print(d, sorted(d), list(d))
    flags: set[bool] = set()
    for n in [1, 2, 3]:
        flags.add(n > 2)
    print(sorted(flags), len(flags), True in flags)
    only = {True, 1 == 1, not False}
    print(sorted(only), False in only, len(only))
    only.remove(True)
    print(len(only), sorted(only), only == flags - flags)
    names = {True: 1.5, False: -1.5}
    print(names, sum(names.values(), 0.0))
    truth = {k: not k for k in [False, True, False]}
    print(truth, truth == {True: False, False: True})


if __name__ == "__main__":
    main()
