"""Interval merging and scheduling with (start, end) tuples: sort, merge overlaps, total coverage, gaps, greedy selection by end."""


def merge(iv: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(iv):
        if len(out) > 0 and s <= out[-1][1]:
            ps, pe = out[-1]
            out[-1] = (ps, max(pe, e))
        else:
            out.append((s, e))
    return out


def end_of(iv: tuple[int, int]) -> int:
    return iv[1]


def select(iv: list[tuple[int, int]]) -> list[tuple[int, int]]:
    chosen: list[tuple[int, int]] = []
    last = -1000000
    for s, e in sorted(iv, key=end_of):
        if s >= last:
            chosen.append((s, e))
            last = e
    return chosen


def gaps(merged: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(merged[i][1], merged[i + 1][0]) for i in range(len(merged) - 1)]


def main() -> None:
    iv = [(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (9, 12), (0, 1), (25, 25)]
    m = merge(iv)
    print(m)
    print(sum(e - s for s, e in m), gaps(m))
    print(select(iv))
    print(merge([]), merge([(5, 7)]), merge([(1, 10), (2, 3), (4, 5)]))
    events: list[tuple[int, int]] = []
    for s, e in iv:
        events.append((s, 1))
        events.append((e, -1))
    events.sort()
    cur = 0
    peak = (0, 0)
    for t, d in events:
        cur += d
        if (cur, -t) > (peak[0], -peak[1]):
            peak = (cur, t)
    print(events[:6], peak)


if __name__ == "__main__":
    main()
