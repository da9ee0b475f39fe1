"""Count primes below N by trial division: measures loops, `*`, `%` and comparisons."""
from typing import Final

N: Final[int] = 700000


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d: int = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def count_primes(limit: int) -> int:
    count: int = 0
    n: int = 2
    while n < limit:
        if is_prime(n):
            count += 1
        n += 1
    return count


def main() -> None:
    print("primes below", N, count_primes(N))


if __name__ == "__main__":
    main()
