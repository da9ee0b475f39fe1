"""dict.items() as tuples: for k, v in d.items(), for p in d.items() with p[0]/p[1], list(d.items()), sorted items, dicts of tuple values."""


def by_value(p: tuple[str, int]) -> int:
    return p[1]


def main() -> None:
    d = {"pear": 3, "apple": 7, "fig": 1, "kiwi": 7}
    for k, v in d.items():
        print(k, v)
    for p in d.items():
        print(p, p[0], p[1] * 2, len(p))
    items = list(d.items())
    print(items, items[0], items[-1][0])
    print(sorted(d.items()))
    print(sorted(d.items(), key=by_value))
    print(sorted(d.items(), key=by_value, reverse=True))
    print(max(d.items(), key=by_value), min(d.items()))
    inv: dict[int, list[str]] = {}
    for name, n in d.items():
        inv.setdefault(n, []).append(name)
    print(inv)
    pairs = [p for p in d.items() if p[1] > 2]
    print(pairs)
    rev = {v: k for k, v in d.items()}
    print(rev)
    tv: dict[str, tuple[int, float]] = {"a": (1, 0.5), "b": (2, 1.5)}
    tv["c"] = (3, -2.0)
    for key, (i, f) in tv.items():
        print(key, i, f, i * f)
    for entry in tv.items():
        k2, (i2, f2) = entry
        print(k2, i2 + 1, entry)
    for i, (k3, (i3, f3)) in enumerate(tv.items()):
        print(i, k3, i3, f3)
    for (k4, v4) in sorted(tv.items(), reverse=True):
        print(k4, v4)
    fd = {1.5: "x", -0.0: "z"}
    for fk, fv in fd.items():
        print(fk, fv)
    empty: dict[str, int] = {}
    print(list(empty.items()), sorted(empty.items()))
    total = 0
    for _, v in d.items():
        total += v
    print(total)


if __name__ == "__main__":
    main()
