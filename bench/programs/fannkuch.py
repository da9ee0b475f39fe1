"""Fannkuch-redux (the Benchmarks Game program): list[int] indexing and swaps.

Walks all N! permutations of 0..N-1 in the Benchmarks Game order, counts the
pancake flips of each, and prints the alternating-sign checksum and the
maximum number of flips.
"""
from typing import Final

N: Final[int] = 9


def fannkuch(n: int) -> list[int]:
    """Return [checksum, max_flips]."""
    perm1: list[int] = list(range(n))
    perm: list[int] = [0] * n
    count: list[int] = [0] * n
    max_flips: int = 0
    checksum: int = 0
    perm_count: int = 0
    r: int = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        for i in range(n):
            perm[i] = perm1[i]
        flips: int = 0
        k: int = perm[0]
        while k != 0:
            lo: int = 0
            hi: int = k
            while lo < hi:
                t: int = perm[lo]
                perm[lo] = perm[hi]
                perm[hi] = t
                lo += 1
                hi -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        # Next permutation: rotate the first r+1 elements left until a count is left.
        while True:
            if r == n:
                return [checksum, max_flips]
            perm0: int = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = perm0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


def main() -> None:
    result: list[int] = fannkuch(N)
    print("fannkuch", N, result[0], result[1])


if __name__ == "__main__":
    main()
