"""Matrix multiply, transpose, identity, determinant on list[list[float]] and list[list[int]]."""


def matmul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    n = len(a)
    m = len(b[0])
    k = len(b)
    out: list[list[float]] = []
    for i in range(n):
        row: list[float] = []
        for j in range(m):
            s = 0.0
            for t in range(k):
                s += a[i][t] * b[t][j]
            row.append(s)
        out.append(row)
    return out


def transpose(a: list[list[int]]) -> list[list[int]]:
    if len(a) == 0:
        return []
    return [[a[r][c] for r in range(len(a))] for c in range(len(a[0]))]


def transpose_s(a: list[list[str]]) -> list[list[str]]:
    out: list[list[str]] = []
    for c in range(len(a[0])):
        col: list[str] = []
        for row in a:
            col.append(row[c])
        out.append(col)
    return out


def identity(n: int) -> list[list[float]]:
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


def det(m: list[list[float]]) -> float:
    a = [row[:] for row in m]
    n = len(a)
    d = 1.0
    for c in range(n):
        p = c
        for r in range(c + 1, n):
            if abs(a[r][c]) > abs(a[p][c]):
                p = r
        if a[p][c] == 0.0:
            return 0.0
        if p != c:
            tmp = a[p]
            a[p] = a[c]
            a[c] = tmp
            d = -d
        d *= a[c][c]
        for r in range(c + 1, n):
            f = a[r][c] / a[c][c]
            for k in range(c, n):
                a[r][k] -= f * a[c][k]
    return d


def main() -> None:
    a = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    b = [[7.0, 8.0], [9.0, 10.0], [11.0, 12.0]]
    print(matmul(a, b), matmul(b, a))
    print(matmul(a, identity(3)) == a, matmul(identity(2), a) == a, identity(3))
    r = [[0.0, -1.0], [1.0, 0.0]]
    p = identity(2)
    for i in range(4):
        p = matmul(p, r)
        print(i, p)
    m = [[1, 2, 3], [4, 5, 6]]
    t = transpose(m)
    print(t, transpose(t) == m, transpose([[1]]), transpose([[1, 2, 3]]), transpose([]))
    print(transpose_s([["a", "b"], ["c", "d"], ["日", "本"]]))
    print(det([[2.0, 0.0], [0.0, 3.0]]), det([[1.0, 2.0], [2.0, 4.0]]), det([[0.0, 1.0], [1.0, 0.0]]), det([[6.0, 1.0, 1.0], [4.0, -2.0, 5.0], [2.0, 8.0, 7.0]]))
    hilbert = [[1.0 / float(i + j + 1) for j in range(4)] for i in range(4)]
    print(hilbert[3], det(hilbert))
    sq = matmul(hilbert, hilbert)
    print([f"{v:.6f}" for v in sq[0]], sum([sum(row, 0.0) for row in sq], 0.0))
    grid = [[r * 10 + c for c in range(4)] for r in range(3)]
    grid[1][2] = -1
    print(grid, transpose(grid)[2])


if __name__ == "__main__":
    main()
