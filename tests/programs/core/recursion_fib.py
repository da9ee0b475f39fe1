"""Recursive and iterative Fibonacci agree."""


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_loop(n: int) -> int:
    a = 0
    b = 1
    i = 0
    while i < n:
        c = a + b
        a = b
        b = c
        i += 1
    return a


def fib_fast(n: int) -> int:
    # fast doubling, without tuples: compute F(n) via F(k), F(k+1)
    return fib_pair_first(n)


def fib_pair_first(n: int) -> int:
    if n == 0:
        return 0
    if n == 1 or n == 2:
        return 1
    k = n // 2
    fk = fib_pair_first(k)
    fk1 = fib_pair_first(k + 1)
    if n % 2 == 0:
        return fk * (2 * fk1 - fk)
    return fk1 * fk1 + fk * fk


calls: int = 0


def fib_counted(n: int) -> int:
    global calls
    calls += 1
    if n <= 1:
        return n
    return fib_counted(n - 1) + fib_counted(n - 2)


def main() -> None:
    for n in range(0, 21):
        assert fib(n) == fib_loop(n)
        print(n, fib(n), fib_fast(n))
    print(fib(24))
    print(fib_loop(91), fib_fast(91), fib_fast(92))
    print(fib_counted(18), calls)


if __name__ == "__main__":
    main()
