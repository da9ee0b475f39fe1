"""max with a key over a range, Unicode case mapping, format specs, slice assignment in nested lists, dict order after delete, i64 overflow at the end."""

from py4 import i64


def collatz_len(n: int) -> int:
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def checked(a: i64, b: i64) -> i64:
    return a * b


def main() -> None:
    best = max(range(1, 1000), key=collatz_len)
    print(best, collatz_len(best))
    text = "Ünïcödé strings: ß → SS, ﬁ ligature"
    print(text.upper(), text.lower(), text.title(), len(text), text[::-1][:5])
    print(f"{1234567.891:,.2f} {0.000123:.2e} {-5:+05d} {255:#x} {255:08b} {3.5:%} {'x':^7}|")
    grid = [[i * j for j in range(4)] for i in range(3)]
    grid[1][1:3] = [99, 98]
    print(grid, [row[::-1] for row in grid], [c for r in grid for c in r if c % 2])
    d = {k: k * k for k in range(6)}
    del d[2]
    d[2] = 0
    print(list(d), list(d.values()))
    print(checked(i64(2) ** 31, i64(2) ** 31))
    print(checked(i64(2) ** 32, i64(2) ** 32))


if __name__ == "__main__":
    main()
