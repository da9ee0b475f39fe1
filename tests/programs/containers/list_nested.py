"""Nested lists: list[list[int]], list[list[float]], list[list[str]]; nested mutation."""


def make_grid(rows: int, cols: int, fill: int) -> list[list[int]]:
    g: list[list[int]] = []
    for r in range(rows):
        g.append([fill] * cols)
    return g


def show(g: list[list[int]]) -> None:
    for row in g:
        print(" ".join([f"{v:3d}" for v in row]))


def flatten(g: list[list[str]]) -> list[str]:
    out: list[str] = []
    for row in g:
        out.extend(row)
    return out


def main() -> None:
    g = make_grid(3, 4, 0)
    for r in range(3):
        for c in range(4):
            g[r][c] = r * 4 + c
    show(g)
    g[1].reverse()
    g[2].append(99)
    g.append([])
    g[-1].append(-1)
    print(g, len(g), [len(r) for r in g])
    g[0][1:3] = [7, 7, 7]
    del g[2][0]
    print(g)
    print(g[0] + g[1], g[0][::-1], g[2][-1], g[-1][-1])
    fg = [[0.5, 1.5], [2.5], []]
    fg[2].append(fg[0][0] + fg[1][0])
    print(fg, sum(fg[0], 0.0), [sum(r, 0.0) for r in fg])
    sg = [["a", "b"], ["é"], ["日", "本"]]
    sg[1].insert(0, "ß")
    print(sg, flatten(sg), "".join(flatten(sg)))
    jag: list[list[int]] = [[], [1], [1, 2], [1, 2, 3]]
    total = 0
    for row in jag:
        for v in row:
            total += v
    print(total, jag[3][1:], jag[0] == jag[0][:], jag[1:3])
    tri: list[list[int]] = []
    for i in range(7):
        row = [1] * (i + 1)
        for j in range(1, i):
            row[j] = tri[i - 1][j - 1] + tri[i - 1][j]
        tri.append(row)
    for row in tri:
        print(row)
    sg.sort()
    print(sg)
    jag.sort(reverse=True)
    print(jag)
    col = [row[0] for row in tri]
    diag = [tri[i][i] for i in range(len(tri))]
    print(col, diag)
    copy = [row[:] for row in tri]
    copy[6][3] = 0
    print(tri[6], copy[6])


if __name__ == "__main__":
    main()
