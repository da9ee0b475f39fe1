"""Ackermann function on small arguments, with call counting."""

calls: int = 0
deepest: int = 0


def ack(m: int, n: int, depth: int) -> int:
    global calls, deepest
    calls += 1
    if depth > deepest:
        deepest = depth
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1, depth + 1)
    return ack(m - 1, ack(m, n - 1, depth + 1), depth + 1)


def main() -> None:
    global calls, deepest
    for m in range(0, 4):
        for n in range(0, 5):
            calls = 0
            deepest = 0
            r = ack(m, n, 1)
            print(f"A({m},{n}) = {r:<4} calls={calls:<6} depth={deepest}")
    calls = 0
    print(ack(2, 50, 1), calls)


if __name__ == "__main__":
    main()
