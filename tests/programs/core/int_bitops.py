"""Bitwise and, or, xor and invert, including negative operands."""


def show(a: int, b: int) -> None:
    print(f"{a:>6} {b:>6} & {a & b:>6} | {a | b:>6} ^ {a ^ b:>6} ~a {~a:>6}")


def popcount(n: int) -> int:
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c


def main() -> None:
    show(12, 10)
    show(-12, 10)
    show(12, -10)
    show(-12, -10)
    show(0, -1)
    show(-1, -1)
    show(255, -256)
    show(0x5555, 0x3333)
    show(-6, 3)
    show(-6, -3)
    print(~0, ~-1, ~1, ~~5, -~5, ~-~5)
    print(0xFFFFFFFF & -0x100000000, -1 & 0xFF, -2 & 0xFF)
    print(9223372036854775807 & -9223372036854775807)
    print(9223372036854775807 | 0, 9223372036854775807 ^ 9223372036854775807)
    print(~9223372036854775807)
    print(-9223372036854775807 - 1 | 1)
    print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 6 & 3 | 8, 6 & (3 | 8))
    print(5 & 3 == 1, (5 & 3) == 1)
    m = 0
    for i in range(0, 63, 3):
        m |= 1 << i
    print(m, f"{m:b}", popcount(m))
    m ^= 0x0F0F0F0F
    print(m, popcount(m))
    m &= ~0xFFFF
    print(m, popcount(m))
    print(popcount(9223372036854775807), popcount(0), popcount(255))
    acc = 0
    for a in range(-8, 9):
        for b in range(-8, 9):
            assert a ^ b == (a | b) & ~(a & b)
            assert ~(a & b) == ~a | ~b
            acc = acc * 3 + (a & b) - (a | b) + (a ^ b)
            acc %= 1000003
    print("acc", acc)


if __name__ == "__main__":
    main()
