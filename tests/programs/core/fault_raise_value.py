"""An explicit raise of ValueError with a message."""


def validate(n: int) -> int:
    if n > 3:
        raise ValueError("bad")
    return n


def main() -> None:
    for i in range(10):
        print("valid", validate(i))


if __name__ == "__main__":
    main()
