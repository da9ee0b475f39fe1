"""Recursive nested functions that escape (returned, kept in a module list): they work
after their maker returned, and the cycles they form (cell -> function -> cell) are
freed once unreferenced (valgrind sees no leak)."""
from typing import Callable


def make_fact() -> Callable[[int], int]:
    def fact(n: int) -> int:
        return 1 if n <= 1 else n * fact(n - 1)
    return fact


def make_pair() -> tuple[Callable[[int], bool], Callable[[int], bool]]:
    def is_even(n: int) -> bool:
        return True if n == 0 else is_odd(n - 1)

    def is_odd(n: int) -> bool:
        return False if n == 0 else is_even(n - 1)
    return is_even, is_odd


keep: list[Callable[[int], int]] = []


def main() -> None:
    f = make_fact()
    print(f(10))
    total = 0
    for i in range(2000):
        g = make_fact()
        total += g(i % 7)
        if i % 500 == 0:
            keep.append(g)
    print(total, len(keep), keep[-1](5))
    ev, od = make_pair()
    print(ev(10), od(7), ev(3))


main()
print(keep[0](4))
