"""Integer modulo follows the sign of the divisor."""


def show(a: int, b: int) -> None:
    print(f"{a} % {b} = {a % b}")


def main() -> None:
    show(7, 3)
    show(-7, 3)
    show(7, -3)
    show(-7, -3)
    show(9, 3)
    show(-9, 3)
    show(9, -3)
    show(-9, -3)
    show(0, 4)
    show(0, -4)
    show(1, 1000000007)
    show(-1, 1000000007)
    show(-1, -1000000007)
    show(9223372036854775807, 10)
    show(-9223372036854775807, 10)
    show(9223372036854775807, -10)
    show(-9223372036854775807, -10)
    show(9223372036854775807, 9223372036854775807)
    show(-9223372036854775807, 9223372036854775807)
    show(5, 9223372036854775807)
    show(-5, 9223372036854775807)
    show(5, -9223372036854775807)
    acc = 0
    for a in range(-20, 21):
        for b in range(-6, 7):
            if b == 0:
                continue
            r = a % b
            if b > 0:
                assert 0 <= r < b
            else:
                assert b < r <= 0
            assert (a // b) * b + r == a
            acc = (acc * 7 + r + 10) % 999983
    print("acc", acc)
    h = 17
    h %= 5
    print(h)
    h = -17
    h %= 5
    print(h)
    h = 17
    h %= -5
    print(h)


if __name__ == "__main__":
    main()
