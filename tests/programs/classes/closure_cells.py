"""Late binding of loop variables in lambdas, closures sharing a list, an escaping pair of recursive closures."""
# py4c-memory: cycles

from typing import Callable


def late() -> list[int]:
    fs: list[Callable[[], int]] = []
    for i in range(3):
        fs.append(lambda: i * 10)
    return [f() for f in fs]


def acc() -> tuple[Callable[[int], None], Callable[[], list[int]]]:
    items: list[int] = []

    def add(x: int) -> None:
        items.append(x)

    def get() -> list[int]:
        return items
    return add, get


def fib_memo() -> Callable[[int], int]:
    memo: dict[int, int] = {}

    def fib(n: int) -> int:
        if n < 2:
            return n
        if n in memo:
            return memo[n]
        r = fib_helper(n - 1) + fib_helper(n - 2)
        memo[n] = r
        return r

    def fib_helper(n: int) -> int:
        return fib(n) if n >= 0 else 0
    return fib


def main() -> None:
    print(late())
    add, get = acc()
    add(1)
    add(2)
    print(get())
    key: Callable[[str], int] = lambda s: len(s)
    print(key("abcd"), fib_memo()(30))


if __name__ == "__main__":
    main()
