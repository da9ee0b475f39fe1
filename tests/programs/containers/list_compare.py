"""Lexicographic comparison of lists: ==, !=, <, <=, >, >= for all element types."""


def cmp_all(a: list[int], b: list[int]) -> str:
    return f"{a} vs {b}: {a == b} {a != b} {a < b} {a <= b} {a > b} {a >= b}"


def main() -> None:
    e: list[int] = []
    cases = [[], [1], [1, 2], [1, 2, 3], [1, 3], [2], [0, 9, 9], [1, 2, 2], [-1]]
    for a in cases:
        for b in cases:
            if len(a) <= len(b):
                print(cmp_all(a, b))
    print(e == [], e < [0], [0] > e)
    ss = [["a"], ["a", "b"], ["b"], ["A"], ["é"], ["e", "z"], []]
    for a2 in ss:
        row = ""
        for b2 in ss:
            row += "<" if a2 < b2 else ("=" if a2 == b2 else ">")
        print(a2, row)
    f1 = [0.0, 1.0]
    f2 = [-0.0, 1.0]
    print(f1 == f2, f1 < f2, f1 <= f2, [1.0, float("inf")] > [1.0, 1e308], [0.1 + 0.2] == [0.3])
    t1 = [True, False]
    t2 = [True, True]
    print(t1 < t2, t1 == [True, False], t2 >= t1, [False] < [True])
    empty_rows: list[list[int]] = [[]]
    m1 = [[1, 2], [3]]
    m2 = [[1, 2], [4]]
    m3 = [[1, 2], [3], []]
    print(m1 < m2, m1 < m3, m2 > m3, m1 == [[1, 2], [3]], m1 != m3, empty_rows < [[0]])
    print([1, 2] == [1, 2] == [1, 2], [1] < [2] < [3], [3] > [2] > [4])
    x = [1, 2, 3]
    y = x
    z = [1, 2, 3]
    y.append(4)
    print(x == y, x == z, x, z)


if __name__ == "__main__":
    main()
