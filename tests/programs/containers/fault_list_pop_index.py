"""pop(i) with an index out of range raises IndexError: pop index out of range."""


def main() -> None:
    xs = [10, 20, 30, 40, 50]
    print(xs.pop(-5), xs)
    print(xs.pop(3), xs)
    print(xs.pop(3), xs)


if __name__ == "__main__":
    main()
