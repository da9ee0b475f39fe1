"""A class with __iter__ as a generator method, __getitem__, __contains__, __len__, and a generator method iterating self."""

from typing import Iterator


class Countdown:
    def __init__(self, start: int) -> None:
        self.start = start

    def __iter__(self) -> Iterator[int]:
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __getitem__(self, i: int) -> int:
        if not 0 <= i < self.start:
            raise IndexError("countdown index out of range")
        return self.start - i

    def __contains__(self, x: int) -> bool:
        return 1 <= x <= self.start

    def __len__(self) -> int:
        return self.start

    def evens(self) -> Iterator[int]:
        for v in self:
            if v % 2 == 0:
                yield v


def main() -> None:
    c = Countdown(5)
    print(list(c), [v * v for v in c], sum(c), c[0], c[4], 3 in c, 9 in c, 9 not in c, len(c))
    print(list(c.evens()))
    for v in c:
        print(v, end=",")
    print()
    print(c[7])


if __name__ == "__main__":
    main()
