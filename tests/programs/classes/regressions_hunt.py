"""Bug-hunt regressions: dataclass inheritance equality, class attributes, __abs__, __eq__(object), Counter(mapping), typed dict comprehensions, `_` reuse, bare return in generators, optional list parameters, dict.get without a default."""

from collections import Counter
from dataclasses import dataclass
from typing import Iterator


@dataclass
class A:
    x: int


@dataclass
class B(A):
    y: int = 0


class Lot:
    MAX: int = 24


class V:
    def __init__(self, x: float) -> None:
        self.x = x

    def __abs__(self) -> float:
        return abs(self.x)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, V):
            return NotImplemented
        return self.x == other.x


class W(V):
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, W):
            return NotImplemented
        return True


class Item:
    def __init__(self, q: int) -> None:
        self.qty = q


def g() -> Iterator[int]:
    yield 1
    return


def f(xs: list[A] | None) -> int:
    return 0 if xs is None else len(xs)


def main() -> None:
    print(B(1, 2), B(1, 2) == B(1, 2), A(1) == B(1, 0), B(1, 0) == A(1), A(1) == A(1))
    print(Lot.MAX, abs(V(-2.0)), V(1.0) == V(1.0), W(1.0) == W(2.0))
    c = Counter("aab")
    print(Counter(c)["a"], Counter({"x": 3})["x"])
    prev: dict[str, str | None] = {n: None for n in ["a", "b"]}
    children: dict[str, list[str]] = {n: [] for n in ["a"]}
    print(prev, children)
    rows: list[tuple[int, str, float]] = [(1, "a", 2.0)]
    for _, s, _ in rows:
        print(s)
    print(list(g()), f([B(1)]), f(None))
    d: dict[str, Item] = {"a": Item(3)}
    it = d.get("a")
    if it is not None:
        it.qty -= 1
        print(it.qty)
    print(d.get("zz") is None)


if __name__ == "__main__":
    main()
