"""A failing assert without message raises a bare AssertionError."""


def check(n: int) -> None:
    assert n < 3
    print("ok", n)


def main() -> None:
    for i in range(5):
        check(i)


if __name__ == "__main__":
    main()
