"""Reading past the end of a list raises IndexError: list index out of range."""


def total_upto(xs: list[int], n: int) -> int:
    s = 0
    for i in range(n):
        s += xs[i]
        print(i, s)
    return s


def main() -> None:
    xs = [4, 8, 15, 16, 23, 42]
    print(total_upto(xs, 6))
    print(total_upto(xs, 8))


if __name__ == "__main__":
    main()
