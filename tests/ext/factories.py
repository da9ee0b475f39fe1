"""Class methods (one version per class), and classes CPython cannot fully see."""

from dataclasses import dataclass
from typing import Callable


class Shape:
    sides: int = 0

    def __init__(self, name: str, size: float = 1.0) -> None:
        self.name = name
        self.size = size

    @classmethod
    def unit(cls, name: str = "unit") -> "Shape":
        return cls(name)

    @classmethod
    def scaled(cls, factor: float, *, name: str = "scaled") -> "Shape":
        return cls(name, factor)

    def describe(self) -> str:
        return f"{type(self).__name__}({self.name}, {self.size})"


class Square(Shape):
    sides = 4

    def area(self) -> float:
        return self.size * self.size


class Circle(Shape):
    @classmethod
    def unit(cls, name: str = "round") -> "Shape":
        return cls(name, 0.5)


@dataclass(frozen=True)
class Money:
    cents: int
    currency: str = "EUR"

    @classmethod
    def parse(cls, text: str) -> "Money":
        amount, _, currency = text.partition(" ")
        whole, _, frac = amount.partition(".")
        return cls(int(whole) * 100 + int(frac or "0"), currency or "EUR")

    def __str__(self) -> str:
        return f"{self.cents // 100}.{self.cents % 100:02d} {self.currency}"


class Pipeline:
    """Holds a callable: CPython can use it but not construct it."""

    def __init__(self, step: Callable[[int], int], label: str) -> None:
        self.step = step
        self.label = label

    def run(self, x: int) -> int:
        return self.step(x)


def double(x: int) -> int:
    return 2 * x


def make_pipeline(label: str) -> Pipeline:
    return Pipeline(double, label)


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)
