"""Tuple concatenation with +: fixed sizes, empty tuples, mixed element types, nested, results indexed and unpacked."""


def extend3(t: tuple[int, int], z: int) -> tuple[int, int, int]:
    return t + (z,)


def main() -> None:
    a = (1, 2)
    b = (3,)
    c = a + b
    print(c, len(c), c[2], c[-1])
    print(a + a, a + (), () + a, () + ())
    print(extend3((4, 5), 6), extend3(a, -1) + extend3(a, -2))
    mixed = (1, "one") + (1.5, True)
    print(mixed, mixed[2] * 2.0, mixed[1] + "!", mixed[3])
    x, y, z = extend3((7, 8), 9)
    print(x + y + z)
    nest = ((1, 2),) + ((3, 4),)
    print(nest, nest[1][0])
    acc = (0, 0) + (0,)
    print(acc == (0, 0, 0), acc != (0, 0, 1), acc < (0, 0) + (1,))
    s = ("a", "b") + ("c", "d")
    print(s, s[0] + s[3], "c" in s, "e" in s)
    d = {(1, 2) + (3,): "abc"}
    print(d[(1, 2, 3)], (1,) + (2, 3) in d)


if __name__ == "__main__":
    main()
