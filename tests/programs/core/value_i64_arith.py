"""i64 arithmetic that stays in range follows Python's int semantics."""

from py4 import i64


def fdiv(a: i64, b: i64) -> i64:
    return a // b


def fmod(a: i64, b: i64) -> i64:
    return a % b


def sum_to(n: i64) -> i64:
    total: i64 = 0
    i: i64 = 1
    while i <= n:
        total += i
        i += 1
    return total


def fact(n: i64) -> i64:
    if n <= 1:
        return 1
    return n * fact(n - 1)


def main() -> None:
    a: i64 = 17
    b: i64 = 5
    print(a + b, a - b, a * b, a // b, a % b, float(a) / float(b), -a, +a, ~a)
    print(fdiv(17, 5), fdiv(-17, 5), fdiv(17, -5), fdiv(-17, -5))
    print(fmod(17, 5), fmod(-17, 5), fmod(17, -5), fmod(-17, -5))
    print(a & b, a | b, a ^ b, a << 3, a >> 2, -a >> 2, (-a) & 0xFF)
    print(a < b, a > b, a == 17, a != b, b <= 5 <= a, max(a, b), min(a, b))
    big: i64 = 9223372036854775807
    print(big, big // 2, big % 10, big - 1, big >> 62, -big - 1, big // -3, (-big) % 7)
    neg: i64 = -9223372036854775807 - 1
    print(neg, neg // 2, neg % 10, neg + big, neg >> 63, neg // 3)
    print(sum_to(100), sum_to(1000000 // 10000), fact(20), fact(1), fact(0))
    c = a + 100
    d = c * 2 - a
    print(c, d, str(d), f"{d:>8}|{d:#x}|{d:,}", float(d), int(d) + 1)
    e: i64 = 1
    for k in range(62):
        e *= 2
    print(e, e - 1 + e, -e - e)
    acc: i64 = 0
    for k in range(-50, 50, 3):
        acc = acc * 31 + k
        acc %= 1000000007
    print(acc)
    x = i64(12345)
    y = i64(-678)
    print(x + y, x * y, x // y, x % y, float(x) / float(y), i64(int("99")) + x)
    z: i64 = 3
    z += 4
    z *= -6
    z //= 4
    z %= 7
    z <<= 5
    z >>= 1
    z |= 1
    z ^= 255
    z &= 0x7F
    print(z)


if __name__ == "__main__":
    main()
