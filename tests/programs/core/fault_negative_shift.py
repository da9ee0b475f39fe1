"""A negative shift count raises ValueError."""


def main() -> None:
    n = 3
    while True:
        print(1 << n, 1024 >> n)
        n -= 1


if __name__ == "__main__":
    main()
