"""Integer floor division on every sign combination."""


def show(a: int, b: int) -> None:
    print(a, "//", b, "=", a // b)


def main() -> None:
    show(7, 2)
    show(-7, 2)
    show(7, -2)
    show(-7, -2)
    show(6, 3)
    show(-6, 3)
    show(6, -3)
    show(-6, -3)
    show(0, 5)
    show(0, -5)
    show(1, 7)
    show(-1, 7)
    show(1, -7)
    show(-1, -7)
    show(1, 1)
    show(-1, 1)
    show(1, -1)
    show(-1, -1)
    show(9223372036854775807, 2)
    show(9223372036854775807, -2)
    show(-9223372036854775807, 2)
    show(-9223372036854775807, -2)
    show(9223372036854775807, 9223372036854775807)
    show(-9223372036854775807, 9223372036854775807)
    show(9223372036854775806, -9223372036854775807)
    show(4611686018427387904, 3)
    show(-4611686018427387904, 3)
    show(123456789012345, -1000)
    show(-123456789012345, 1000)
    total = 0
    for a in range(-13, 14):
        for b in range(-5, 6):
            if b != 0:
                q = a // b
                total = total * 31 % 1000000007 + q + 100
                # floor: q * b <= a < (q + 1) * b for b > 0
                if b > 0:
                    assert q * b <= a < (q + 1) * b
                else:
                    assert q * b >= a > (q + 1) * b
    print("checksum", total)
    x = 1000
    x //= -7
    print(x)
    x //= 3
    print(x)


if __name__ == "__main__":
    main()
