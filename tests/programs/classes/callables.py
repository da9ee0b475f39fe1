"""Functions as values: Callable parameters, lambdas, closures with nonlocal counters, bound methods, function lists."""

from typing import Callable


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def double(x: int) -> int:
    return x * 2


def make_adder(n: int) -> Callable[[int], int]:
    def add(x: int) -> int:
        return x + n
    return add


def make_counter() -> Callable[[], int]:
    count = 0

    def inc() -> int:
        nonlocal count
        count += 1
        return count
    return inc


class Button:
    def __init__(self, label: str, on_click: Callable[[str], str]) -> None:
        self.label = label
        self.on_click = on_click

    def click(self) -> str:
        return self.on_click(self.label)

    def shout(self, s: str) -> str:
        return s.upper() + "!"


def compose(f: Callable[[int], int], g: Callable[[int], int]) -> Callable[[int], int]:
    return lambda x: f(g(x))


def main() -> None:
    print(apply(double, 5), apply(lambda v: v - 1, 5), apply(make_adder(10), 5))
    c = make_counter()
    print(c(), c(), c())
    c2 = make_counter()
    print(c2(), c())
    b = Button("ok", lambda s: s + "?")
    print(b.click())
    b2 = Button("go", b.shout)
    print(b2.click())
    ops: list[Callable[[int], int]] = [double, make_adder(3), lambda z: z * z]
    print([op(4) for op in ops])
    inc_then_double = compose(double, make_adder(1))
    print(inc_then_double(4))
    total = 0
    for i in range(3):
        total += apply(lambda v: v + i, 100)
    print(total)


if __name__ == "__main__":
    main()
