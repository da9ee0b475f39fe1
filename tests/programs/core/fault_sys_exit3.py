"""sys.exit(n) with a nonzero status and no traceback, after partial output."""

import sys


def work(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
        if total > 100:
            print("limit reached at", i)
            print("partial line without newline", end="")
            sys.exit(3)
    return total


def main() -> None:
    print(work(3))
    print(work(100))
    print("unreachable")


if __name__ == "__main__":
    main()
