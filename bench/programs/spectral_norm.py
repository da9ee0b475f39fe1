"""Spectral norm of the infinite matrix A(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1)
(the Benchmarks Game program): list[float] indexing, float loops, small calls.

Runs ITERATIONS power-method steps on vectors of length N and prints the
estimated norm to 9 decimals.
"""
from typing import Final

N: Final[int] = 450
ITERATIONS: Final[int] = 10


def eval_a(i: int, j: int) -> float:
    ij: int = i + j
    return 1.0 / float(ij * (ij + 1) // 2 + i + 1)


def mul_av(v: list[float], out: list[float]) -> None:
    n: int = len(v)
    for i in range(n):
        s: float = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out[i] = s


def mul_atv(v: list[float], out: list[float]) -> None:
    n: int = len(v)
    for i in range(n):
        s: float = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out[i] = s


def mul_atav(v: list[float], out: list[float], tmp: list[float]) -> None:
    mul_av(v, tmp)
    mul_atv(tmp, out)


def main() -> None:
    u: list[float] = [1.0] * N
    v: list[float] = [0.0] * N
    tmp: list[float] = [0.0] * N
    for _ in range(ITERATIONS):
        mul_atav(u, v, tmp)
        mul_atav(v, u, tmp)
    vbv: float = 0.0
    vv: float = 0.0
    for ui, vi in zip(u, v):
        vbv += ui * vi
        vv += vi * vi
    print(f"spectral_norm {N} {(vbv / vv) ** 0.5:.9f}")


if __name__ == "__main__":
    main()
