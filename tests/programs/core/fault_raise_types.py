"""Raising TypeError with an empty message after partial output."""


def kind(n: int) -> str:
    if n % 2 == 0:
        return "even"
    if n == 5:
        raise TypeError()
    return "odd"


def main() -> None:
    print("partial", end=" ")
    for i in range(10):
        print(kind(i), end=" ")


if __name__ == "__main__":
    main()
