"""Objects in f-strings with specs, recursive generator methods over a tree, frozen keys sorted by a lambda, key=str.upper."""

from dataclasses import dataclass
from typing import Iterator


@dataclass(frozen=True)
class P:
    x: int
    y: int


class Node:
    def __init__(self, v: int) -> None:
        self.v = v
        self.children: list["Node"] = []

    def walk(self) -> Iterator[int]:
        yield self.v
        for c in self.children:
            yield from c.walk()


def main() -> None:
    p = P(1, 2)
    print(f"{p}", f"{p!r:>30}|", str(p).center(20, "*"))
    root = Node(1)
    root.children.append(Node(2))
    root.children[0].children.append(Node(3))
    root.children.append(Node(4))
    print(list(root.walk()), sum(root.walk()), max(root.walk()))
    pts = {P(1, 2): "a", P(3, 4): "b"}
    for k, v in sorted(pts.items(), key=lambda kv: kv[0].x, reverse=True):
        print(k.x, k.y, v)
    words = ["b", "a", "c"]
    print(sorted(words, key=str.upper), sorted(["B", "a", "C"], key=str.lower), max(["x", "yy"], key=str.upper))


if __name__ == "__main__":
    main()
