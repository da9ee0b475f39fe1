"""Many short-lived tuples: a large dict keyed by (int, str) tuples with deletes and re-inserts, lists of tuples rebuilt in loops."""


def main() -> None:
    d: dict[tuple[int, str], tuple[int, int]] = {}
    for i in range(20000):
        d[(i, str(i % 97))] = (i * 2, -i)
    print(len(d), d[(19999, str(19999 % 97))], (5, "5") in d, (5, "6") in d)
    for i in range(0, 20000, 3):
        del d[(i, str(i % 97))]
    print(len(d), (3, "3") in d, (4, "4") in d)
    for i in range(0, 20000, 6):
        d[(i, str(i % 97))] = (0, 0)
    print(len(d), list(d.items())[-1], list(d.keys())[:3])
    acc = 0
    for (a, s), (b, c) in d.items():
        acc += a + len(s) + b + c
    print(acc)
    pts = [(i % 13, i % 7) for i in range(5000)]
    for _ in range(5):
        pts = [(y, x + 1) for x, y in pts]
    pts.sort()
    print(pts[:3], pts[-3:], len(pts))
    seen: set[tuple[int, int]] = set()
    for p in pts:
        seen.add(p)
    print(len(seen), sorted(seen)[0], sorted(seen)[-1])
    chain = (0, 0)
    for i in range(100000):
        chain = (chain[1], chain[0] + i)
    print(chain)
    words = ["w" + str(i % 50) for i in range(3000)]
    pairs = [(w, len(w)) for w in words]
    counts: dict[tuple[str, int], int] = {}
    for wp in pairs:
        counts[wp] = counts.get(wp, 0) + 1
    print(len(counts), counts[("w7", 2)], counts[("w49", 3)])
    rnd = 7
    many: list[tuple[int, str]] = []
    for i in range(3000):
        rnd = (rnd * 48271) % 2147483647
        many.append((rnd % 50, str(rnd % 7)))
    desc = sorted(many, reverse=True)
    many.sort()
    print(many[:4], many[1500], many[-4:], desc[:2])
    chk = 0
    for i, (a, s) in enumerate(many):
        chk = (chk * 31 + a * 7 + int(s) + i) % 1000000007
    print(chk)


if __name__ == "__main__":
    main()
