"""Values near the 64-bit limits and integer literal forms."""

MAXI = 9223372036854775807


def main() -> None:
    print(MAXI, -MAXI, -MAXI - 1)
    print(0x7FFFFFFFFFFFFFFF == MAXI, 0o777777777777777777777 == MAXI, MAXI == 0b111111111111111111111111111111111111111111111111111111111111111)
    print(0xFF, 0xff, 0o17, 0b1010, 1_000_000, 0x_FF_FF, 0b_1_0, 0o_7)
    print(MAXI // 2, MAXI % 1000, MAXI - MAXI, MAXI + -MAXI)
    print((MAXI - 1) // 2 * 2 + 1 == MAXI, MAXI // 3 * 3, MAXI // 7)
    half = MAXI // 2
    print(half + half, half + half + 1, -half - half - 2)
    print(4611686018427387904 + 4611686018427387903)
    print(-4611686018427387904 - 4611686018427387904)
    print(3037000499 * 3037000499, -3037000499 * 3037000499)
    print(1000000007 * 1000000007, 999999999999 * 9000000)
    x = 1
    steps = 0
    while x < MAXI // 10:
        x *= 10
        steps += 1
    print(x, steps)
    y = MAXI
    count = 0
    while y > 0:
        y //= 2
        count += 1
    print("bits", count)
    m = -MAXI - 1
    print(m // 2, m % 7, m + MAXI, m // MAXI, m % MAXI)
    print(m >> 1, m >> 63, m & 1, m | 0)
    print(min(MAXI, m), max(MAXI, m), abs(m + 1))
    print(MAXI > 9223372036854775806, m < -9223372036854775807)
    s = 0
    for i in range(1, 1000):
        s += MAXI // (i * 1000)
    print(s)
    print(float(MAXI), int(float(2 ** 62)), int(9.2e18))


if __name__ == "__main__":
    main()
