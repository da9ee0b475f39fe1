"""return inside try/finally keeps the value at the return; return of a None-valued call; a None lambda."""

from typing import Callable


def f() -> int:
    x = 1
    try:
        x = 2
        return x
    finally:
        x = 3


def g() -> str:
    s = "a"
    try:
        raise ValueError("v")
    except ValueError:
        s = "b"
        return s
    finally:
        s = "c"


xs: list[int] = []


def h(n: int) -> None:
    return xs.append(n)


def main() -> None:
    print(f(), g())
    cb: Callable[[int], None] = lambda n: None
    cb(1)
    h(4)
    print(xs)


if __name__ == "__main__":
    main()
