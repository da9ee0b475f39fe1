"""Generator expressions as values: stored, resumed with next(), passed to a function taking an Iterator, nested clauses."""

from typing import Iterator


def total(it: Iterator[int]) -> int:
    s = 0
    for v in it:
        s += v
    return s


def main() -> None:
    xs = [1, 2, 3, 4]
    sq = (x * x for x in xs if x % 2 == 0)
    print(next(sq))
    xs.append(6)
    print(list(sq))
    print(total(x + 1 for x in range(5)), total((y for y in xs)))
    pairs = ((a, b) for a in range(3) for b in "xy")
    print(next(pairs), list(pairs)[-1])


if __name__ == "__main__":
    main()
