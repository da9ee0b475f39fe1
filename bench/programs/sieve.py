"""Sieve of Eratosthenes on a list[bool]: list allocation, strided stores, scans.

Sieves the numbers below N and prints how many primes there are, their sum and
the largest one.
"""
from typing import Final

N: Final[int] = 16000000


def sieve(n: int) -> list[bool]:
    is_prime: list[bool] = [True] * n
    is_prime[0] = False
    is_prime[1] = False
    i: int = 2
    while i * i < n:
        if is_prime[i]:
            for j in range(i * i, n, i):
                is_prime[j] = False
        i += 1
    return is_prime


def main() -> None:
    is_prime: list[bool] = sieve(N)
    count: int = 0
    total: int = 0
    largest: int = 0
    for i, p in enumerate(is_prime):
        if p:
            count += 1
            total += i
            largest = i
    print("sieve below", N, count, total, largest)


if __name__ == "__main__":
    main()
