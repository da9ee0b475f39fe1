"""Recursion 100,000 deep: plain, with many live locals, through a method, inside a
generator and under a try/finally in every frame. Compiled code may go deeper than
CPython's limit of 1000 frames (a documented difference) but must end in a result or
RecursionError, never a crash (tests/test_faults.py)."""
from typing import Iterator


def plain(n: int) -> int:
    return 0 if n == 0 else plain(n - 1) + 1


def heavy(n: int, a: float, b: str) -> int:
    xs = [n, n + 1, n + 2]
    t = (a, b, n)
    if n == 0:
        return len(xs) + len(t)
    r = heavy(n - 1, a * 1.0001, b)
    return r + xs[0] % 2 + len(t[1])


class Walker:
    def __init__(self) -> None:
        self.steps = 0

    def walk(self, n: int) -> int:
        self.steps += 1
        return n if n == 0 else self.walk(n - 1)


def guarded(n: int) -> int:
    try:
        return 0 if n == 0 else guarded(n - 1) + 1
    finally:
        pass


def gen(n: int) -> Iterator[int]:
    yield plain(n)


def main() -> None:
    for name, depth in (("plain", 100_000), ("heavy", 100_000), ("walk", 100_000), ("guarded", 100_000),
                        ("generator", 100_000), ("plain-1e6", 1_000_000)):
        try:
            if name == "plain" or name == "plain-1e6":
                r = plain(depth)
            elif name == "heavy":
                r = heavy(depth, 1.0, "ab")
            elif name == "walk":
                r = Walker().walk(depth)
            elif name == "guarded":
                r = guarded(depth)
            else:
                r = sum(gen(depth))
            print(name, "finished", r)
        except RecursionError:
            print(name, "RecursionError")


main()
