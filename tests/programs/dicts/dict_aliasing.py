"""Dicts are shared by reference: mutation through parameters, aliases, returned dicts, copies."""


def add_all(d: dict[str, int], words: list[str]) -> None:
    for w in words:
        d[w] = d.get(w, 0) + 1


def fresh(n: int) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for i in range(n):
        out[i] = [i] * i
    return out


def remove_small(d: dict[str, int], limit: int) -> int:
    doomed = [k for k, v in d.items() if v < limit]
    for k in doomed:
        del d[k]
    return len(doomed)


def main() -> None:
    d: dict[str, int] = {}
    alias = d
    add_all(alias, "to be or not to be".split())
    print(d, alias == d, len(d))
    snap = d.copy()
    print(remove_small(d, 2), d, alias, snap)
    a = fresh(4)
    b = fresh(4)
    print(a == b, a)
    b[3].append(3)
    print(a == b, a[3], b[3])
    row = a[2]
    row.append(7)
    a[2] = row
    print(a)
    c = a.copy()
    c[1].append(-1)
    del c[0]
    print(a, c)
    tables = [fresh(2), fresh(2)]
    tables[0][9] = [9]
    print(tables)
    same = [d, d]
    same[0]["new"] = 5
    print(same[1], d)
    dd: dict[str, dict[str, int]] = {"inner": d}
    d["via_outer"] = 1
    print(dd)
    dd["inner"]["more"] = 2
    print(d)


if __name__ == "__main__":
    main()
