"""print() of each scalar type and of function results."""


def nothing() -> None:
    return


def implicit() -> None:
    x = 1
    x += 1


def answer() -> int:
    return 42


def main() -> None:
    nothing()
    implicit()
    print(answer(), None, answer())
    print(0, -0, 1, -1, 9223372036854775807)
    print(0.0, -0.0, 1.0, -1.5, 1e100, 1e-100, float("inf"), float("nan"))
    print(True, False, None)
    print("", "''", '""', "\\")
    r = None
    print(r, str(r), repr(r), str(None) + "!", len(str(None)))
    print(10 > 5, 10 < 5, 10 == 10.0, "a" < "b")
    print(3 // 2, 3 / 2, 3 % 2, -3 // 2, 2 ** 10, 2.0 ** 10)
    print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5.0))


if __name__ == "__main__":
    main()
