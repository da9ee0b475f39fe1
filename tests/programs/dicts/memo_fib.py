"""Memoized recursion with global dict[int, int]: fibonacci, partitions, collatz lengths."""

MEMO: dict[int, int] = {0: 0, 1: 1}
COLLATZ: dict[int, int] = {1: 1}
calls = 0


def fib(n: int) -> int:
    global calls
    calls += 1
    if n in MEMO:
        return MEMO[n]
    v = fib(n - 1) + fib(n - 2)
    MEMO[n] = v
    return v


def collatz_len(n: int) -> int:
    if n in COLLATZ:
        return COLLATZ[n]
    nxt = n // 2 if n % 2 == 0 else 3 * n + 1
    r = collatz_len(nxt) + 1
    COLLATZ[n] = r
    return r


PART: dict[str, int] = {}


def partitions(n: int, k: int) -> int:
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = f"{n},{k}"
    if key in PART:
        return PART[key]
    v = partitions(n - k, k) + partitions(n, k - 1)
    PART[key] = v
    return v


def main() -> None:
    print(fib(90), calls, len(MEMO))
    print([fib(i) for i in range(15)], calls)
    print(list(MEMO)[:12], max(MEMO))
    best = 0
    best_n = 0
    for n in range(1, 3000):
        c = collatz_len(n)
        if c > best:
            best = c
            best_n = n
    print(best_n, best, len(COLLATZ) > 3000, COLLATZ[27], COLLATZ[1])
    print([partitions(n, n) for n in range(0, 25)], len(PART))
    MEMO.clear()
    MEMO[0] = 0
    MEMO[1] = 1
    print(len(MEMO), fib(10), len(MEMO))


if __name__ == "__main__":
    main()
