"""Every list operation on empty lists and single-element lists."""


def neg(x: int) -> int:
    return -x


def main() -> None:
    e: list[int] = []
    print(e, len(e), e[:], e[::-1], e[1:5], e[-3:], e + e, e * 5, e == [], e != [], e < [0], e >= e)
    print(sorted(e), sorted(e, key=neg, reverse=True), sum(e), any([x > 0 for x in e]), all([x > 0 for x in e]))
    print([x for x in e], [x * 2 for x in e if x > 0], 0 in e, 0 not in e, e.count(0))
    e.sort()
    e.reverse()
    e.clear()
    e.extend([])
    e.extend(e)
    e += []
    e *= 3
    del e[:]
    del e[::2]
    e[:] = []
    e[5:] = []
    c = e.copy()
    c.append(1)
    print(e, c, len(e))
    for x in e:
        print("never", x)
    for i, x in enumerate(e):
        print("never", i, x)
    for x in reversed(e):
        print("never", x)
    es: list[str] = []
    print("".join(es), ",".join(es) == "", es, len(es), es[::2])
    ef: list[float] = []
    print(ef, sorted(ef), ef * 2, len(ef))
    em: list[list[int]] = []
    row0: list[int] = []
    print(em, len(em), em + [row0], [row0] * 2, [r for r in em])
    one = [7]
    print(one[0], one[-1], one[:1], one[1:], one[::-1], one * 2, one.index(7), one.count(7), min(one), max(one), sum(one))
    one.sort()
    one.reverse()
    print(one, one.pop(), one)
    one.insert(5, 8)
    one.insert(-5, 6)
    print(one)
    s1 = [""]
    print(s1, len(s1), s1[0] == "", "".join(s1), s1 * 3, [c2 for c2 in s1[0]])


if __name__ == "__main__":
    main()
