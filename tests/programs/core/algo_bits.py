"""Bit manipulation algorithms on non-negative and negative ints."""


def popcount(n: int) -> int:
    c = 0
    while n:
        c += n & 1
        n >>= 1
    return c


def bit_length(n: int) -> int:
    n = abs(n)
    b = 0
    while n:
        n >>= 1
        b += 1
    return b


def reverse_bits(n: int, width: int) -> int:
    r = 0
    for i in range(width):
        r = (r << 1) | ((n >> i) & 1)
    return r


def gray(n: int) -> int:
    return n ^ (n >> 1)


def gray_inverse(g: int) -> int:
    n = g
    shift = 1
    while shift < 64:
        n ^= n >> shift
        shift <<= 1
    return n


def lowest_set(n: int) -> int:
    return n & -n


def xorshift(x: int) -> int:
    x ^= (x << 13) & 0xFFFFFFFF
    x ^= x >> 17
    x ^= (x << 5) & 0xFFFFFFFF
    return x & 0xFFFFFFFF


def main() -> None:
    for n in range(0, 17):
        print(f"{n:>2} {n:05b} pop={popcount(n)} len={bit_length(n)} rev={reverse_bits(n, 5):05b} "
              f"gray={gray(n):05b} inv={gray_inverse(gray(n))} low={lowest_set(n)}")
    print(popcount(9223372036854775807), bit_length(9223372036854775807), bit_length(-1), bit_length(-256))
    print(reverse_bits(1, 63), reverse_bits(0x123456789ABCDEF, 60))
    print(lowest_set(-8), lowest_set(96), lowest_set(1 << 62), -1 & 0xFFFF, -(1 << 62) & -(1 << 62))
    x = 2463534242
    s = 0
    for i in range(1000):
        x = xorshift(x)
        s ^= x
    print(x, s)
    swap_a = 12345
    swap_b = -6789
    swap_a ^= swap_b
    swap_b ^= swap_a
    swap_a ^= swap_b
    print(swap_a, swap_b)
    mask = 0
    for i in range(0, 64, 8):
        mask |= 0x5A << i if i < 56 else 0x1A << i
    print(mask, f"{mask:x}", popcount(mask))
    sub = mask & 0xFFFF
    count = 0
    t = sub
    while True:
        count += 1
        if t == 0:
            break
        t = (t - 1) & sub
    print("submasks", count)


if __name__ == "__main__":
    main()
