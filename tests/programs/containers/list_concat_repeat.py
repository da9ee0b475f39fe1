"""List + list, list * int (including 0 and negative), += and *= in place."""


def main() -> None:
    a = [1, 2]
    b = [3]
    c = a + b
    print(c, a, b, a + [], [] + b, a + a + a)
    print(a * 3, 3 * [0] == [0, 0, 0], a * 0, a * -2, [[0]] * 2)
    alias = a
    a += [9]
    print(a, alias)
    a = a + [10]
    print(a, alias)
    alias *= 2
    print(alias)
    alias *= 1
    print(alias)
    k = [5]
    k *= 0
    print(k, len(k))
    ss = ["é"] * 3 + ["日本"] * 2
    print(ss, len(ss))
    fs = [0.5, -0.0] * 2 + [1e10]
    print(fs)
    bs = [True] + [False] * 3
    print(bs)
    grid = [[0] * 3] * 2
    grid[0][0] = 1
    print(grid)
    grid2 = [[0] * 3 for i in range(2)]
    grid2[0][0] = 1
    print(grid2)
    n = 4
    row = [n] * n
    print(row, row * (n - 3), row[:2] * 2)
    m = [["a"]] + [["b", "c"]]
    m2 = m * 2
    m2[0].append("z")
    print(m, m2)
    s = [1]
    for i in range(5):
        s = s + s
    print(len(s), sum(s))
    t = [0]
    t += t
    t += t
    print(t)
    u = [1, 2]
    u += u[::-1]
    print(u)


if __name__ == "__main__":
    main()
