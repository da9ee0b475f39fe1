"""Raising an exception class without arguments."""


def main() -> None:
    n = 0
    while n < 10:
        n += 3
        print(n)
        if n > 7:
            raise NotImplementedError


if __name__ == "__main__":
    main()
