"""Left and right shifts, negative operands and large shift counts."""


def main() -> None:
    print(1 << 0, 1 << 1, 1 << 10, 1 << 62)
    print(-1 << 62, -1 << 1, -5 << 3)
    print(3 << 61)
    print(0 << 100, 0 << 1000)
    print(1024 >> 3, 1024 >> 11, 1024 >> 64, 1024 >> 1000)
    print(-1 >> 1, -1 >> 63, -1 >> 64, -1 >> 1000)
    print(-5 >> 1, -5 >> 2, -5 >> 3, -8 >> 2, -9 >> 2)
    print(9223372036854775807 >> 62, 9223372036854775807 >> 63, 9223372036854775807 >> 1)
    print(-9223372036854775807 >> 62, -9223372036854775807 >> 63, -9223372036854775807 >> 100)
    print(1 << 2 + 1, (1 << 2) + 1, 256 >> 2 * 2, 2 * 3 << 2)
    for n in range(-10, 11):
        line = ""
        for s in range(0, 6):
            line += f" {n >> s:>4}"
            assert n >> s == n // (2 ** s)
            assert n << s == n * 2 ** s
        print(f"{n:>4}:{line}")
    x = 1
    x <<= 40
    print(x)
    x >>= 37
    print(x)
    y = -1000
    y >>= 3
    print(y)
    k = 7
    print(1 << k, 255 >> k, -255 >> k)


if __name__ == "__main__":
    main()
