"""Value ints imported from mypy_extensions behave like py4's."""

from mypy_extensions import i32, i64, u8


def dot(a: i64, b: i64, c: i64, d: i64) -> i64:
    return a * c + b * d


def main() -> None:
    x: i64 = 1000000007
    y: i64 = 998244353
    print(x * y, x * y // 3, (x * y) % 65537, dot(x, y, -y, x), float(x) / float(y))
    s: i32 = -50
    t: i32 = 7
    print(s // t, s % t, s * t, s >> 2)
    u: u8 = 255
    v: u8 = 15
    print(u & v, u ^ v, u // v, u - v)
    w = i64(s) + x
    print(w, i32(t) * 3, u8(t + 8))
    acc: i64 = 1
    for k in range(1, 21):
        acc = acc * k // max(1, k // 3)
    print(acc)


if __name__ == "__main__":
    main()
