"""Longest Collatz sequence below N: measures tight integer loops, `//` and `%`."""
from typing import Final

N: Final[int] = 200000


def collatz_length(start: int) -> int:
    n: int = start
    steps: int = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def main() -> None:
    best: int = 1
    best_len: int = 1
    i: int = 1
    while i < N:
        length: int = collatz_length(i)
        if length > best_len:
            best = i
            best_len = length
        i += 1
    print("collatz below", N, best, best_len)


if __name__ == "__main__":
    main()
