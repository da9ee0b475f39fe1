"""Explicit conversions between int, i64, i32, u8, float and str."""

from py4 import i32, i64, u8


def widen(x: i32) -> i64:
    return i64(x)


def narrow(x: i64) -> i32:
    return i32(x)


def to_byte(x: int) -> u8:
    return u8(x)


def main() -> None:
    a: i32 = -123456
    b = widen(a)
    print(b, b * 1000000, narrow(b), narrow(2147483647), narrow(-2147483648))
    print(to_byte(0), to_byte(255), to_byte(128), int(to_byte(7)) - 10)
    c: u8 = 250
    d = i32(c) - 300
    e = i64(d) * 1000000000
    print(d, e, int(e) // 7)
    f = i64(int("123456789012"))
    print(f, i64(3.99), i64(-3.99), i32(7.5), u8(2.9))
    g: i64 = 1 << 40
    print(float(g), int(g), str(g), i64(float(g)) == g, i32(g >> 20), u8(g >> 33))
    h: int = 77
    k: i64 = h
    m: i32 = h
    n: u8 = h
    print(k + 1, m + 1, n + 1, k == h == m == n)
    total: i64 = 0
    for v in range(-5, 6):
        total += widen(i32(v * 1000)) * v
    print(total)
    print(i64(True), i32(False), u8(True) + 1)
    s = str(i64(-42)) + str(i32(42)) + str(u8(42))
    print(s, len(s))


if __name__ == "__main__":
    main()
