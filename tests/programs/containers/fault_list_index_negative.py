"""A negative index beyond -len(xs) raises IndexError."""


def main() -> None:
    fs = [0.5, 1.5, 2.5]
    i = -1
    while True:
        print(i, fs[i])
        i -= 1


if __name__ == "__main__":
    main()
