"""Generators: lazy production interleaved with the consumer, infinite generators with break, next(), yield from, finally on an early break, consumers, StopIteration at the end."""

from typing import Iterator


def count_up(n: int) -> Iterator[int]:
    i = 0
    while i < n:
        print("  producing", i)
        yield i
        i += 1
    print("  done")


def words(text: str) -> Iterator[str]:
    for w in text.split():
        yield w.upper()


def fib() -> Iterator[int]:
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def chain(n: int) -> Iterator[int]:
    yield from count_up(n)
    yield 100


def guarded() -> Iterator[str]:
    try:
        yield "a"
        yield "b"
    finally:
        print("  cleanup")


def main() -> None:
    for x in count_up(3):
        print("got", x)
    print(list(words("hello big world")), sum(count_up(4)))
    for f in fib():
        if f > 50:
            break
        print(f, end=" ")
    print()
    g = fib()
    print(next(g), next(g), next(g), next(g))
    print([x * 2 for x in chain(2)])
    for s in guarded():
        print(s)
        break
    print("after break")
    print(max(count_up(3)), any(x > 1 for x in count_up(3)))
    e = count_up(0)
    print(next(e))


if __name__ == "__main__":
    main()
