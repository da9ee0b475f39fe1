"""Generators yielding tuples, recursive generators with yield from, an exception raised inside a generator."""

from typing import Iterator


def pairs(xs: list[str]) -> Iterator[tuple[int, str]]:
    for i, x in enumerate(xs):
        yield i, x


def tree(n: int) -> Iterator[int]:
    if n > 0:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)


def deep(n: int) -> int:
    return 0 if n == 0 else 1 + deep(n - 1)


def risky(xs: list[int]) -> Iterator[int]:
    for x in xs:
        yield 10 // x


def main() -> None:
    print(list(pairs(["a", "b"])), dict(pairs(["x", "y"])))
    print(list(tree(3)))
    print(sorted(x % 3 for x in tree(4)))
    print(deep(100))
    total = 0
    for v in risky([5, 2, 0, 1]):
        total += v
        print(v)
    print(total)


if __name__ == "__main__":
    main()
