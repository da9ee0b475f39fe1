"""A nested recursive helper with memo (the closure cycle is broken when the function returns)."""

def count_paths(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    memo: dict[tuple[int, int], int] = {}

    def walk(r: int, c: int) -> int:
        if r >= rows or c >= cols or grid[r][c] == 1:
            return 0
        if r == rows - 1 and c == cols - 1:
            return 1
        if (r, c) in memo:
            return memo[(r, c)]
        n = walk(r + 1, c) + walk(r, c + 1)
        memo[(r, c)] = n
        return n
    return walk(0, 0)


def main() -> None:
    for _ in range(3):
        print(count_paths([[0, 0, 0], [0, 1, 0], [0, 0, 0]]))


if __name__ == "__main__":
    main()
