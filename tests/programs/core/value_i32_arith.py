"""i32 arithmetic that stays within 32 bits."""

from py4 import i32, i64


def mix(h: i32, v: i32) -> i32:
    h = h ^ v
    wide = (i64(h) * 16777619) % 2147483647
    return i32(wide)


def clamp(v: i32, lo: i32, hi: i32) -> i32:
    return max(lo, min(hi, v))


def main() -> None:
    a: i32 = 2147483647
    b: i32 = -2147483647 - 1
    print(a, b, a // 2, b // 2, a % 1000, b % 1000, a + b, -(b + 1))
    c: i32 = 46340
    print(c * c, c * -c, (c + 1) * c)
    h: i32 = 0
    for k in range(1, 200):
        h = mix(h, k)
    print(h)
    print(clamp(5, 0, 10), clamp(-5, 0, 10), clamp(50, 0, 10))
    x: i32 = -7
    y: i32 = 2
    print(x // y, x % y, float(x) / float(y), -x // y, x & y, x | y, x ^ y, x >> 1, x << 3, ~x)
    print(x < y, x == -7, y != 2, x <= y <= 2)
    z = x * y + 100
    print(z, f"{z:05d}", str(z) + "!", int(z) * 3, float(z) / 4)
    t = i32(1000)
    t *= 1000
    t += 147483647
    print(t, t == 1147483647)
    n: i32 = 0
    i: i32 = 0
    while i < 100000:
        n = (n + i * 7) % 65521
        i += 1
    print(n)


if __name__ == "__main__":
    main()
