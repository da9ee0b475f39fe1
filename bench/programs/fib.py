"""Recursive Fibonacci: measures call overhead and small-int arithmetic."""
from typing import Final

N: Final[int] = 35


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main() -> None:
    print("fib", N, fib(N))


if __name__ == "__main__":
    main()
