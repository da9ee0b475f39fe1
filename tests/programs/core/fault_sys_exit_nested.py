"""sys.exit(3) deep in the call stack: status 3, no traceback."""

import sys


def inner(n: int) -> int:
    if n == 0:
        print("exiting from depth")
        sys.exit(3)
    return inner(n - 1) + 1


def main() -> None:
    print("start")
    print(inner(10))


if __name__ == "__main__":
    main()
