"""Unbounded recursion raises RecursionError instead of crashing."""


def down(n: int) -> int:
    return down(n + 1) + 1


def main() -> None:
    print("start")
    print(down(0))


if __name__ == "__main__":
    main()
