"""Shortest paths on a grid maze with BFS: (row, col) tuples in a visited set, a parent dict keyed by tuples, path reconstruction."""

MAZE = [
    "S.#.......",
    ".##.####.#",
    "....#....#",
    "#.#.#.##..",
    "..#...#..E",
    ".####.#.#.",
    "......#...",
]


def find(grid: list[str], ch: str) -> tuple[int, int]:
    for r, row in enumerate(grid):
        c = row.find(ch)
        if c >= 0:
            return (r, c)
    return (-1, -1)


def bfs(grid: list[str], start: tuple[int, int], goal: tuple[int, int]) -> list[tuple[int, int]]:
    h = len(grid)
    w = len(grid[0])
    seen: set[tuple[int, int]] = {start}
    parent: dict[tuple[int, int], tuple[int, int]] = {}
    queue = [start]
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == goal:
            break
        r, c = cur
        for dr, dc in [(-1, 0), (0, 1), (1, 0), (0, -1)]:
            nxt = (r + dr, c + dc)
            nr, nc = nxt
            if 0 <= nr < h and 0 <= nc < w and grid[nr][nc] != "#" and nxt not in seen:
                seen.add(nxt)
                parent[nxt] = cur
                queue.append(nxt)
    if goal not in parent and goal != start:
        return []
    path = [goal]
    while path[-1] != start:
        path.append(parent[path[-1]])
    path.reverse()
    return path


def main() -> None:
    s = find(MAZE, "S")
    e = find(MAZE, "E")
    print(s, e, find(MAZE, "X"))
    path = bfs(MAZE, s, e)
    print(len(path) - 1)
    print(path)
    on_path = {p for p in path}
    for r in range(len(MAZE)):
        line = ""
        for c in range(len(MAZE[r])):
            ch = MAZE[r][c]
            line += "*" if (r, c) in on_path and ch == "." else ch
        print(line)
    blocked = ["S#", "#E"]
    print(bfs(blocked, (0, 0), (1, 1)), bfs(["S"], (0, 0), (0, 0)))


if __name__ == "__main__":
    main()
