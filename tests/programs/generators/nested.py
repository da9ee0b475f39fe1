"""Nested generator functions reading enclosing variables."""

from typing import Iterator


def windows(xs: list[int], k: int) -> list[list[int]]:
    def gen() -> Iterator[list[int]]:
        for i in range(len(xs) - k + 1):
            yield xs[i:i + k]
    return list(gen())


def counter(limit: int) -> Iterator[int]:
    def step(n: int) -> Iterator[int]:
        while n < limit:
            yield n
            n += 2
    yield from step(0)
    yield from step(1)


def main() -> None:
    print(windows([1, 2, 3, 4], 2), list(counter(5)))


if __name__ == "__main__":
    main()
