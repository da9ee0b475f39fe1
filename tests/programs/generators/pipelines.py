"""Generator pipelines over an infinite generator with early exit; a dict of lambdas; hex/oct/bin/format."""

from typing import Callable, Iterator



def evens(xs: Iterator[int]) -> Iterator[int]:
    for x in xs:
        if x % 2 == 0:
            yield x


def squares(xs: Iterator[int]) -> Iterator[int]:
    for x in xs:
        yield x * x


def take(n: int, xs: Iterator[int]) -> list[int]:
    out: list[int] = []
    for x in xs:
        if len(out) == n:
            break
        out.append(x)
    return out


def naturals() -> Iterator[int]:
    n = 0
    while True:
        yield n
        n += 1



def main() -> None:
    print(take(5, squares(evens(naturals()))))
    handlers: dict[str, Callable[[int], str]] = {
        "hex": lambda v: hex(v) + oct(v) + bin(-v) + format(v, "08.3f" if False else "05d") + format(v),
        "bin": lambda v: f"{v:b}",
    }
    for name in sorted(handlers):
        print(name, handlers[name](10))


if __name__ == "__main__":
    main()
