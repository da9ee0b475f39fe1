"""print(*xs) with lists, tuples and strings, sep and end."""

def main() -> None:
    xs = [1, 2, 3]
    names = ("a", "b")
    print(*xs)
    print(*xs, sep=", ")
    print("x", *names, 4.5, sep="-", end="!\n")
    e: list[int] = []
    print(*e)
    print(*"hey")


if __name__ == "__main__":
    main()
