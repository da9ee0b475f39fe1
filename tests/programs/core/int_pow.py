"""Integer exponentiation with non-negative exponents."""


def ipow(b: int, e: int) -> int:
    r = 1
    while e > 0:
        if e & 1:
            r *= b
        e >>= 1
        if e:
            b *= b
    return r


def main() -> None:
    print(0 ** 0)
    print(0 ** 1)
    print(0 ** 7)
    print(1 ** 0)
    print(1 ** 1000000)
    print((-1) ** 1000000)
    print((-1) ** 1000001)
    print(2 ** 10)
    print(2 ** 62)
    print((-2) ** 62)
    print((-2) ** 63)
    print(3 ** 39)
    print((-3) ** 39)
    print(7 ** 22)
    print(10 ** 18)
    print(-10 ** 18)
    print((-10) ** 17)
    print(-2 ** 2)
    print((-2) ** 2)
    print(2 ** 3 ** 2)
    print((2 ** 3) ** 2)
    print(2 ** 0)
    print(5 ** 1)
    print(1000 ** 6)
    print(12 ** 17)
    for b in range(-5, 6):
        line = ""
        for e in range(0, 8):
            v = b ** e
            assert v == ipow(b, e)
            line += f"{v:>10}"
        print(f"{b:>3}:{line}")
    e = 5
    x = 3
    x **= e
    print(x)
    x **= 2
    print(x)
    big = 1
    n = 0
    while big <= 9223372036854775807 // 3:
        big *= 3
        n += 1
    print("largest power of 3:", n, big, big == 3 ** n)


if __name__ == "__main__":
    main()
