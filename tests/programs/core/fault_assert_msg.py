"""A failing assert with a formatted message."""


def check(n: int) -> int:
    assert n >= 0, f"n must be non-negative, got {n} ({n * 1.5:.2f})"
    return n * 2


def main() -> None:
    for i in range(2, -3, -1):
        print(check(i))


if __name__ == "__main__":
    main()
