"""Identity of lists with `is` / `is not`: aliases, copies, slices, in-place operators."""


def same(xs: list[int]) -> list[int]:
    return xs


def main() -> None:
    a = [1, 2]
    b = a
    c = a[:]
    d = a.copy()
    e = list(a)
    print(a is b, a is c, a is d, a is e, a is not c, a == c, same(a) is a, same(a) is not b)
    a += [3]
    print(a is b, b)
    a *= 2
    print(a is b, b)
    a = a + [4]
    print(a is b, a, b)
    m = [[0]] * 3
    print(m[0] is m[1], m[0] is m[2])
    m2 = [[0] for i in range(3)]
    print(m2[0] is m2[1], m2[0] == m2[1])
    s = sorted(b)
    print(s is b, s == sorted(b))
    n = [b, b]
    print(n[0] is b, n[0] is n[1], n[:1][0] is b)


if __name__ == "__main__":
    main()
