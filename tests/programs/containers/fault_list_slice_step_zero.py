"""A list slice with step 0 raises ValueError: slice step cannot be zero."""


def every(xs: list[int], k: int) -> list[int]:
    return xs[::k]


def main() -> None:
    xs = list(range(10))
    for k in [3, 2, 1, -1, 0]:
        print(k, every(xs, k))


if __name__ == "__main__":
    main()
