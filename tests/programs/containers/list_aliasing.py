"""Lists are references: mutation through a parameter or alias is visible everywhere."""


def push_twice(xs: list[int], v: int) -> None:
    xs.append(v)
    xs.append(v)


def replace_all(xs: list[str], v: str) -> None:
    for i in range(len(xs)):
        xs[i] = v


def rebind(xs: list[int]) -> list[int]:
    xs = [99]
    return xs


def same(xs: list[int]) -> list[int]:
    return xs


def grow_and_return(xs: list[float]) -> list[float]:
    xs.append(xs[-1] * 2.0)
    return xs


def zero_row(m: list[list[int]], r: int) -> None:
    for c in range(len(m[r])):
        m[r][c] = 0


def main() -> None:
    a = [1, 2]
    b = a
    push_twice(b, 3)
    print(a, b)
    c = rebind(a)
    print(a, c)
    d = same(a)
    d.append(4)
    print(a, d)
    ss = ["x", "y"]
    replace_all(ss, "é")
    print(ss)
    fs = [1.5]
    g = grow_and_return(grow_and_return(fs))
    g.append(0.0)
    print(fs, g)
    row = [1, 2, 3]
    m = [row, row, [4, 5]]
    row[0] = 100
    print(m)
    zero_row(m, 0)
    print(m, row)
    m[2] = row
    m[2].append(7)
    print(m)
    inner = m[2]
    m[2] = [8]
    inner.append(9)
    print(m, inner)
    x = [0]
    y = x
    x = x + [1]
    print(x, y)
    y += [2]
    print(x, y)
    outer: list[list[str]] = []
    cell = ["a"]
    for i in range(3):
        outer.append(cell)
    outer[1].append("b")
    print(outer)
    cells: list[list[str]] = []
    for i in range(3):
        cells.append(["a"])
    cells[1].append("b")
    print(cells)
    p = [1, 2, 3]
    q = p
    p[:] = [7]
    print(q)
    p.extend(q)
    print(p, q)
    p.sort(reverse=True)
    print(q)
    del q[0]
    print(p)


if __name__ == "__main__":
    main()
