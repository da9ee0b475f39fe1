"""list[bool]: repr, counting, toggling, any/all, comparisons and sorting."""


def toggle(bs: list[bool]) -> None:
    for i in range(len(bs)):
        bs[i] = not bs[i]


def count_true(bs: list[bool]) -> int:
    n = 0
    for b in bs:
        if b:
            n += 1
    return n


def main() -> None:
    bs = [True, False, False, True, True]
    print(bs, count_true(bs), bs.count(True), bs.count(False))
    toggle(bs)
    print(bs, any(bs), all(bs))
    print(any([False, False]), all([True, True]), any([]), all([]), any([True]), all([False]))
    flags: list[bool] = [False] * 8
    for i in range(0, 8, 3):
        flags[i] = True
    print(flags, flags.index(True, 1), [i for i in range(8) if flags[i]])
    print([b and c for b, c in zip(bs, flags)], [b or c for b, c in zip(bs, flags)], [b != c for b, c in zip(bs, flags)])
    print(sorted(flags), sorted(flags, reverse=True), True in flags, flags < bs)
    parity = [i % 2 == 0 for i in range(10)]
    print(parity, parity[::2], all(parity[::2]), any(parity[1::2]))
    mask = [x > 3 for x in [1, 5, 2, 8, 3, 9]]
    print(mask, f"{mask}", mask == [False, True, False, True, False, True])
    print(sum([1 for b in mask if b]), len([b for b in mask if not b]))


if __name__ == "__main__":
    main()
