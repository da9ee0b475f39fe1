"""Unpacking lists into names works while lengths match; a longer list raises ValueError: too many values to unpack (expected 2)."""


def main() -> None:
    xs = [1, 2]
    a, b = xs
    print(a, b)
    for c, d in [[1, 2], [3, 4]]:
        print(c, d)
    rows = [["x", "y"], ["p", "q"], ["u", "v", "w"]]
    for first, second in rows:
        print(first + second)


if __name__ == "__main__":
    main()
