"""Integer comparisons: signs, extremes, bool operands and chains."""


def cmp(a: int, b: int) -> int:
    return (a > b) - (a < b)


def main() -> None:
    vals0 = -9223372036854775807 - 1
    print(cmp(1, 2), cmp(2, 1), cmp(3, 3), cmp(-1, 1), cmp(vals0, 9223372036854775807), cmp(0, -0))
    print(vals0 < 0 < 9223372036854775807, -1 < 0, -1 > -2, 0 == -0, 5 != 5, 5 >= 5 > 4)
    print(True == 1, False == 0, True > False, True + 1 == 2, cmp(int(True), int(False)))
    acc = 0
    for a in range(-6, 7):
        for b in range(-6, 7):
            acc = acc * 3 + cmp(a, b) + 1
            acc %= 1000000007
            assert (a < b) == (not a >= b)
            assert (a == b) == (not a != b)
            assert (a <= b) == (a < b or a == b)
    print(acc)
    x = 10
    print(0 <= x <= 10, 0 <= x < 10, 0 < x == 10, x == 10 == x, 1 < x < 100 < 1000)
    print(x > 5 > 3 > 1 > 0 > -1, x < 5 < 3)
    r = 0
    for i in range(-20, 21):
        if -5 < i <= 5 or i == -20 or 15 <= i < 17:
            r += 1
    print(r)


if __name__ == "__main__":
    main()
