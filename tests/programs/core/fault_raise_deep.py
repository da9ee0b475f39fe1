"""An exception raised three frames deep propagates to the top."""


def level3(n: int) -> int:
    if n == 2:
        raise RuntimeError(f"failed at level 3 with n={n}")
    return n * 3


def level2(n: int) -> int:
    print("level2", n)
    return level3(n) + 1


def level1(n: int) -> int:
    print("level1", n)
    r = level2(n)
    print("level1 got", r)
    return r


def main() -> None:
    for i in range(5):
        print("result", level1(i))


if __name__ == "__main__":
    main()
