"""Mutating a list while iterating over it: for-loops see appended items and skip after removal."""


def main() -> None:
    xs = [1, 2]
    for x in xs:
        if x < 20:
            xs.append(x * 3)
    print(xs)
    ys = [1, 2, 3, 4, 5, 6]
    for y in ys:
        if y % 2 == 0:
            ys.remove(y)
    print(ys)
    zs = [1, 2, 3, 4, 5, 6]
    for z in zs:
        if z % 2 == 1:
            zs.remove(z)
    print(zs)
    ws = ["a", "b", "c"]
    seen: list[str] = []
    for w in ws:
        seen.append(w)
        if len(ws) < 6:
            ws.insert(0, w.upper())
    print(ws, seen)
    vs = [5, 4, 3, 2, 1]
    out: list[int] = []
    for v in vs:
        out.append(v)
        vs.pop()
    print(vs, out)
    us = [1, 2, 3]
    n = 0
    for u in us:
        n += 1
        us[len(us) - 1] = u * 10
    print(us, n)
    ts = [1, 2, 3]
    for t in ts:
        ts = [9]
        print(t, ts)
    rs = [3, 1, 2]
    res: list[int] = []
    for r in rs:
        rs.sort()
        res.append(r)
    print(rs, res)
    qs = [0]
    i = 0
    while i < len(qs):
        if qs[i] < 10:
            qs.append(qs[i] + 3)
            qs.append(qs[i] + 4)
        i += 1
    print(len(qs), qs[:12])
    ks = [1, 2, 3, 4]
    for k in reversed(ks):
        if k == 3:
            ks.clear()
        print(k, end=" ")
    print(ks)
    es = [10, 20, 30]
    for i2, v2 in enumerate(es):
        if i2 == 0:
            es.append(40)
        print(i2, v2, end="; ")
    print()


if __name__ == "__main__":
    main()
