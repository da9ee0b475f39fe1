from dataclasses import dataclass
from typing import Final

from py4 import i32, u8

SCALE: Final = 3
names: list[str] = ["a", "b"]


class ParseError(ValueError):
    pass


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def norm2(self) -> float:
        return self.x * self.x + self.y * self.y


class Counter:
    def __init__(self, start: int = 0) -> None:
        self.count = start

    def bump(self, by: int = 1) -> int:
        self.count += by
        return self.count


def add(a: int, b: int = 2) -> int:
    return a + b * SCALE


def total(xs: list[int]) -> int:
    s = 0
    for x in xs:
        s += x
    return s


def parse(s: str) -> int:
    if not s.isdigit():
        raise ParseError(f"not a number: {s!r}")
    return int(s)


def small(a: i32, b: u8) -> i32:
    return a * i32(b)


def shout(words: dict[str, int]) -> list[tuple[str, int]]:
    print("shouting", len(words))
    return sorted(words.items())


def mid(p: Point, q: Point) -> Point:
    return Point((p.x + q.x) / 2, (p.y + q.y) / 2)


def maybe(x: int | None) -> str | None:
    return None if x is None else str(x)
