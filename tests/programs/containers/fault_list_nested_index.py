"""Indexing a short inner row of a jagged list[list[int]] raises IndexError."""


def main() -> None:
    m = [[1, 2, 3], [4, 5], [6, 7, 8]]
    for c in range(3):
        col: list[int] = []
        for row in m:
            col.append(row[c])
        print(c, col)


if __name__ == "__main__":
    main()
