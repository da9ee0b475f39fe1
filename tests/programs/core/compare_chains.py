"""Comparison chains evaluate each operand once, left to right, and stop early."""


def v(tag: str, n: int) -> int:
    print("eval", tag, n)
    return n


def s(tag: str, x: str) -> str:
    print("eval", tag, repr(x))
    return x


def main() -> None:
    print(v("a", 1) < v("b", 2) < v("c", 3))
    print(v("a", 1) < v("b", 0) < v("c", 3))
    print(v("a", 3) > v("b", 2) > v("c", 2))
    print(v("a", 1) <= v("b", 1) == v("c", 1) != v("d", 2) >= v("e", 2) > v("f", 1))
    print(v("a", 1) == v("b", 2) == v("c", 2))
    print(v("a", 5) != v("b", 5) != v("c", 6))
    print(s("x", "a") < s("y", "b") <= s("z", "b"))
    print(s("x", "b") < s("y", "a") < s("z", "c"))
    x = 5
    print(0 < x < 10, 0 < x > 10, 10 > x >= 5, 1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4 < 5)
    print(x == 5 == x, x != 6 != x, -1 < -x < 0, 3 < x <= 5 < 6)
    count = 0
    for i in range(-5, 15):
        if 0 <= i < 10 and not 3 < i <= 6:
            count += 1
            print(i, end=" ")
    print()
    print(count)
    m = v("m", 4)
    if v("lo", 0) <= m <= v("hi", 3):
        print("in range")
    else:
        print("out of range")
    a = 1
    b = 2
    c = 2
    print((a < b) < c, a < (b < c), (a < b) == (b < c), a < b == c)


if __name__ == "__main__":
    main()
