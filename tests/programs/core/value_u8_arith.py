"""u8 arithmetic within 0..255."""

from py4 import u8


def checksum(n: int) -> u8:
    c: u8 = 0
    for k in range(n):
        c = (c + k % 5) % 251
    return c


def main() -> None:
    a: u8 = 200
    b: u8 = 55
    print(a + b, a - b, a // b, a % b, float(a) / float(b), a & b, a | b, a ^ b, a >> 3)
    print(a > b, a == 200, a != b, b < a <= 255, max(a, b), min(a, b))
    c = a + b
    print(c, c == 255, int(c) + 1, float(c), str(c), f"{c:08b}|{c:#x}|{c:>5}")
    d: u8 = 16
    print(d * 15, d * 15 + 15, d << 3, (d << 3) >> 7)
    print(checksum(1000), checksum(0), checksum(7))
    e: u8 = 0
    for k in range(255):
        e += 1
    print(e)
    while e > 0:
        e -= 16 if e >= 16 else e
    print(e)
    f = u8(77)
    f //= 2
    f *= 3
    f %= 100
    print(f)
    g: u8 = 1
    for k in range(7):
        g <<= 1
    print(g, g - 1 + g)


if __name__ == "__main__":
    main()
