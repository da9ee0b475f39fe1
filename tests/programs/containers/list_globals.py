"""Module-level lists: mutation without `global`, rebinding with `global`, Final lists."""
from typing import Final

LOG: list[str] = []
COUNTS = [0, 0, 0]
PRIMES: Final = [2, 3, 5, 7, 11]
GRID: list[list[int]] = [[0, 0], [0, 0]]
WEIGHTS: list[float] = [0.5, 0.25]
current: list[int] = []


def log(msg: str) -> None:
    LOG.append(msg)


def bump(i: int) -> None:
    COUNTS[i] += 1


def reset() -> None:
    global current
    current = [len(LOG)]


def extend_current(v: int) -> None:
    current.append(v)


def is_small_prime(n: int) -> bool:
    return n in PRIMES


def main() -> None:
    for i in range(10):
        bump(i % 3)
        if is_small_prime(i):
            log(f"prime {i}")
    print(COUNTS, LOG)
    reset()
    extend_current(5)
    held = current
    reset()
    extend_current(6)
    print(held, current)
    GRID[1][0] = 3
    GRID.append([9])
    print(GRID, len(GRID))
    WEIGHTS.append(sum(WEIGHTS, 0.0))
    print(WEIGHTS)
    print(PRIMES, PRIMES[-1], PRIMES[1:3], sum(PRIMES))
    LOG.clear()
    log("again")
    print(LOG, len(LOG))
    COUNTS.sort(reverse=True)
    print(COUNTS)


if __name__ == "__main__":
    main()
