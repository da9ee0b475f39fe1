"""Optional numbers and bools: int | None returns, fields, narrowing, comparisons, printing."""

from dataclasses import dataclass


@dataclass
class Stat:
    name: str
    best: int | None = None
    ratio: float | None = None


def find(xs: list[int], target: int) -> int | None:
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None


def largest(xs: list[int]) -> int | None:
    best: int | None = None
    for x in xs:
        if best is None or x > best:
            best = x
    return best


def main() -> None:
    xs = [4, 9, 2]
    print(find(xs, 9), find(xs, 7), largest(xs), largest([]))
    i = find(xs, 2)
    if i is not None:
        print("at", i + 1)
    s = Stat("a")
    print(s, s.best is None)
    s.best = 5
    s.ratio = 0.5
    print(s, s.best == 5, s.best != 5, s.ratio)
    flag: bool | None = None
    print(flag, f"{largest(xs)}")
    flag = True
    print(flag, repr(find(xs, 4)))


if __name__ == "__main__":
    main()
