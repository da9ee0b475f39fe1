"""Prefix sums, range queries, running max, Kadane's maximum subarray, 2D prefix sums."""


def prefix(xs: list[int]) -> list[int]:
    out = [0]
    for x in xs:
        out.append(out[-1] + x)
    return out


def range_sum(p: list[int], a: int, b: int) -> int:
    return p[b] - p[a]


def kadane(xs: list[int]) -> int:
    best = xs[0]
    cur = xs[0]
    for x in xs[1:]:
        cur = max(x, cur + x)
        best = max(best, cur)
    return best


def running_max(xs: list[float]) -> list[float]:
    out: list[float] = []
    for x in xs:
        if len(out) == 0 or x > out[-1]:
            out.append(x)
        else:
            out.append(out[-1])
    return out


def prefix2d(g: list[list[int]]) -> list[list[int]]:
    rows = len(g)
    cols = len(g[0])
    p = [[0] * (cols + 1) for r in range(rows + 1)]
    for r in range(rows):
        for c in range(cols):
            p[r + 1][c + 1] = g[r][c] + p[r][c + 1] + p[r + 1][c] - p[r][c]
    return p


def main() -> None:
    xs = [3, -1, 4, -1, -5, 9, 2, -6, 5, 3]
    p = prefix(xs)
    print(p)
    for a in range(0, len(xs), 3):
        for b in range(a, len(xs) + 1, 4):
            print(f"[{a}:{b}]={range_sum(p, a, b)}/{sum(xs[a:b])}", end=" ")
    print()
    print(kadane(xs), kadane([-3, -1, -2]), kadane([5]), kadane([1, 2, 3]), kadane([-2, 1, -3, 4, -1, 2, 1, -5, 4]))
    print(running_max([0.5, -1.0, 2.5, 2.0, 3.5, -0.0]), running_max([]))
    g = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
    p2 = prefix2d(g)
    print(p2)
    print(p2[3][4], p2[2][2] - p2[0][2] - p2[2][0] + p2[0][0], p2[3][4] - p2[1][4] - p2[3][1] + p2[1][1])
    diff = [0] * 11
    for a, b in zip([0, 2, 5], [4, 9, 6]):
        diff[a] += 1
        diff[b] -= 1
    cover = prefix(diff)[1:]
    print(cover)
    cums = [0.0]
    for v in [0.1] * 10:
        cums.append(cums[-1] + v)
    print(cums)


if __name__ == "__main__":
    main()
