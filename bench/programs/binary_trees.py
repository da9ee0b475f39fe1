"""Binary trees (after the Benchmarks Game program): allocation-heavy, one
`Node` object per tree node with `Node | None` children, recursive build and
check, trees freed as soon as they are checked.

A stretch tree of depth MAX_DEPTH + 1, a long-lived tree of depth MAX_DEPTH,
and for each depth d = MIN_DEPTH, MIN_DEPTH + 2, ..., MAX_DEPTH,
2 ** (MAX_DEPTH - d) short-lived trees of depth d (the same number of nodes
per depth; the Benchmarks Game uses 2 ** (MAX_DEPTH - d + MIN_DEPTH), which
is 16 times as many).
"""
from __future__ import annotations

from typing import Final

MIN_DEPTH: Final[int] = 4
MAX_DEPTH: Final[int] = 16


class Node:
    def __init__(self, left: Node | None, right: Node | None) -> None:
        self.left = left
        self.right = right


def make_tree(depth: int) -> Node:
    if depth == 0:
        return Node(None, None)
    return Node(make_tree(depth - 1), make_tree(depth - 1))


def check_tree(node: Node) -> int:
    left = node.left
    right = node.right
    if left is None or right is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


def main() -> None:
    stretch_depth = MAX_DEPTH + 1
    print(f"stretch tree of depth {stretch_depth}\t check: {check_tree(make_tree(stretch_depth))}")
    long_lived = make_tree(MAX_DEPTH)
    for depth in range(MIN_DEPTH, MAX_DEPTH + 1, 2):
        iterations = 2 ** (MAX_DEPTH - depth)
        check = 0
        for _ in range(iterations):
            check += check_tree(make_tree(depth))
        print(f"{iterations}\t trees of depth {depth}\t check: {check}")
    print(f"long lived tree of depth {MAX_DEPTH}\t check: {check_tree(long_lived)}")


if __name__ == "__main__":
    main()
