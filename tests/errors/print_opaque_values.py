from typing import Callable, Iterator


def squares(n: int) -> Iterator[int]:
    for i in range(n):
        yield i * i


def double(x: int) -> int:
    return 2 * x


# found by the mutation fuzzer: a tuple holding a generator printed its address as an int
print((5, squares(3)))  # E: printing a generator shows its address, which differs from run to run [unsupported]
op: Callable[[int], int] = double
print([op])  # E: printing a function shows its address, which differs from run to run [unsupported]
print(list(squares(3)), op(4))
