"""Memoised recursion keyed by (i, j) tuples: longest common subsequence, edit distance, grid path counts; the memo dict's size."""


def lcs(a: str, b: str, i: int, j: int, memo: dict[tuple[int, int], int]) -> int:
    if i == len(a) or j == len(b):
        return 0
    key = (i, j)
    if key in memo:
        return memo[key]
    if a[i] == b[j]:
        r = 1 + lcs(a, b, i + 1, j + 1, memo)
    else:
        r = max(lcs(a, b, i + 1, j, memo), lcs(a, b, i, j + 1, memo))
    memo[key] = r
    return r


def edit(a: str, b: str, i: int, j: int, memo: dict[tuple[int, int], int]) -> int:
    if (i, j) in memo:
        return memo[(i, j)]
    if i == 0:
        r = j
    elif j == 0:
        r = i
    elif a[i - 1] == b[j - 1]:
        r = edit(a, b, i - 1, j - 1, memo)
    else:
        r = 1 + min(edit(a, b, i - 1, j, memo), edit(a, b, i, j - 1, memo), edit(a, b, i - 1, j - 1, memo))
    memo[i, j] = r
    return r


def paths(r: int, c: int, blocked: set[tuple[int, int]], memo: dict[tuple[int, int], int]) -> int:
    if r < 0 or c < 0 or (r, c) in blocked:
        return 0
    if (r, c) == (0, 0):
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = paths(r - 1, c, blocked, memo) + paths(r, c - 1, blocked, memo)
    return memo[(r, c)]


def main() -> None:
    for a, b in [("ABCBDAB", "BDCABA"), ("kitten", "sitting"), ("", "abc"), ("same", "same"), ("résumé", "resume")]:
        m1: dict[tuple[int, int], int] = {}
        m2: dict[tuple[int, int], int] = {}
        print(a, b, lcs(a, b, 0, 0, m1), edit(a, b, len(a), len(b), m2), len(m1), len(m2))
    memo: dict[tuple[int, int], int] = {}
    no_walls: set[tuple[int, int]] = set()
    print(paths(10, 10, no_walls, memo), len(memo))
    memo2: dict[tuple[int, int], int] = {}
    print(paths(10, 10, {(1, 1), (5, 5), (3, 7)}, memo2), memo2[(2, 2)], memo2.get((1, 1), -1))


if __name__ == "__main__":
    main()
