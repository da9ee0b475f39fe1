"""Unbounded recursion raises RecursionError, which can be caught; the program carries on."""


def deep(n: int) -> int:
    return deep(n + 1) + 1


def guarded(limit: int, n: int) -> int:
    if n == limit:
        return n
    return guarded(limit, n + 1)


def main() -> None:
    for attempt in range(3):
        try:
            deep(0)
        except RecursionError:
            print("recursion caught", attempt)
    print(guarded(500, 0))
    try:
        deep(0)
    except RuntimeError:
        print("RuntimeError catches RecursionError")


if __name__ == "__main__":
    main()
