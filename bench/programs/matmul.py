"""Dense matrix multiply on list[list[float]]: nested list indexing, float loops.

Builds two N x N matrices with list comprehensions, multiplies them with the
textbook triple loop (row of A times column of B, via B transposed), and prints
the sum of all entries and the trace of the product to 9 decimals.
"""
from typing import Final

N: Final[int] = 280


def make_matrix(n: int, seed: int) -> list[list[float]]:
    return [[float((i * seed + j * 7) % 101 - 50) / 7.0 for j in range(n)] for i in range(n)]


def transpose(m: list[list[float]]) -> list[list[float]]:
    n: int = len(m)
    return [[m[i][j] for i in range(n)] for j in range(len(m[0]))]


def matmul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    bt: list[list[float]] = transpose(b)
    n: int = len(a)
    m: int = len(bt)
    inner: int = len(b)
    c: list[list[float]] = []
    for i in range(n):
        ai: list[float] = a[i]
        row: list[float] = [0.0] * m
        for j in range(m):
            bj: list[float] = bt[j]
            s: float = 0.0
            for k in range(inner):
                s += ai[k] * bj[k]
            row[j] = s
        c.append(row)
    return c


def main() -> None:
    a: list[list[float]] = make_matrix(N, 3)
    b: list[list[float]] = make_matrix(N, 5)
    c: list[list[float]] = matmul(a, b)
    total: float = 0.0
    for row in c:
        for x in row:
            total += x
    trace: float = 0.0
    for i in range(N):
        trace += c[i][i]
    print(f"matmul {N} {total:.9f} {trace:.9f}")


if __name__ == "__main__":
    main()
