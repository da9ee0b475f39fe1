"""Grid algorithms on nested lists: spiral order, rotation, flood fill, game of life."""


def spiral(m: list[list[int]]) -> list[int]:
    out: list[int] = []
    top = 0
    bottom = len(m) - 1
    left = 0
    right = len(m[0]) - 1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            out.append(m[top][c])
        top += 1
        for r in range(top, bottom + 1):
            out.append(m[r][right])
        right -= 1
        if top <= bottom:
            for c in range(right, left - 1, -1):
                out.append(m[bottom][c])
            bottom -= 1
        if left <= right:
            for r in range(bottom, top - 1, -1):
                out.append(m[r][left])
            left += 1
    return out


def rotate(m: list[list[int]]) -> list[list[int]]:
    return [[m[r][c] for r in reversed(list(range(len(m))))] for c in range(len(m[0]))]


def flood(g: list[list[str]], r: int, c: int, new: str) -> int:
    old = g[r][c]
    if old == new:
        return 0
    stack = [r * 100 + c]
    n = 0
    while len(stack) > 0:
        v = stack.pop()
        rr = v // 100
        cc = v % 100
        if rr < 0 or rr >= len(g) or cc < 0 or cc >= len(g[0]) or g[rr][cc] != old:
            continue
        g[rr][cc] = new
        n += 1
        stack.extend([v + 100, v - 100, v + 1, v - 1] if cc > 0 else [v + 100, v - 100, v + 1])
    return n


def life_step(g: list[list[int]]) -> list[list[int]]:
    h = len(g)
    w = len(g[0])
    out: list[list[int]] = []
    for r in range(h):
        row: list[int] = []
        for c in range(w):
            n = 0
            for dr in [-1, 0, 1]:
                for dc in [-1, 0, 1]:
                    if dr != 0 or dc != 0:
                        n += g[(r + dr) % h][(c + dc) % w]
            row.append(1 if n == 3 or (n == 2 and g[r][c] == 1) else 0)
        out.append(row)
    return out


def main() -> None:
    m = [[r * 4 + c + 1 for c in range(4)] for r in range(3)]
    print(spiral(m), spiral([[1]]), spiral([[1, 2, 3]]), spiral([[1], [2], [3]]))
    print(rotate(m), rotate(rotate(rotate(rotate(m)))) == m)
    g = [list(row) for row in ["..##.", ".#..#", "##..#", "....."]]
    print(flood(g, 0, 0, "o"), ["".join(row) for row in g])
    print(flood(g, 0, 2, "X"), ["".join(row) for row in g])
    life = [[0] * 6 for i in range(6)]
    for r, c in zip([0, 1, 2, 2, 2], [1, 2, 0, 1, 2]):
        life[r][c] = 1
    for gen in range(5):
        print(gen, ["".join(["#" if b == 1 else "." for b in row]) for row in life])
        life = life_step(life)


if __name__ == "__main__":
    main()
