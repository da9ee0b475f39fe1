"""Results equal to py4c's internal error marker (-113) must pass through as values."""


def minus113() -> int:
    return -113


def fminus113() -> float:
    return -113.0


def flag(x: int) -> bool:
    return x == -113


def nothing(x: int) -> None:
    if x < 0:
        print("negative", x)


def main() -> None:
    total = 0
    for i in range(3):
        total += minus113()
    print(total, fminus113() * 2, flag(minus113()), flag(0))
    nothing(-113)
    nothing(5)
    print(minus113() // 2, minus113() % 10, -113 ** 1)


if __name__ == "__main__":
    main()
