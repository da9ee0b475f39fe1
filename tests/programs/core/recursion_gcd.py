"""Euclid's algorithm: recursive and iterative, with lcm and coprimality."""


def gcd(a: int, b: int) -> int:
    if b == 0:
        return abs(a)
    return gcd(b, a % b)


def gcd_iter(a: int, b: int) -> int:
    a = abs(a)
    b = abs(b)
    while b:
        t = a % b
        a = b
        b = t
    return a


def binary_gcd(a: int, b: int) -> int:
    if a == 0:
        return b
    if b == 0:
        return a
    if a % 2 == 0 and b % 2 == 0:
        return 2 * binary_gcd(a >> 1, b >> 1)
    if a % 2 == 0:
        return binary_gcd(a >> 1, b)
    if b % 2 == 0:
        return binary_gcd(a, b >> 1)
    if a >= b:
        return binary_gcd((a - b) >> 1, b)
    return binary_gcd((b - a) >> 1, a)


def lcm(a: int, b: int) -> int:
    return a // gcd(a, b) * b


def main() -> None:
    print(gcd(48, 18), gcd(18, 48), gcd(-48, 18), gcd(48, -18), gcd(0, 5), gcd(5, 0), gcd(0, 0))
    print(gcd(1071, 462), gcd(9223372036854775807, 3), gcd(4611686018427387904, 1 << 40))
    print(gcd(832040, 514229), gcd(7540113804746346429, 4660046610375530309))
    print(lcm(4, 6), lcm(21, 6), lcm(1, 1), lcm(2 ** 31, 3 ** 19))
    l = 1
    for i in range(1, 41):
        l = lcm(l, i)
    print("lcm 1..40 =", l)
    coprime = 0
    for a in range(1, 60):
        for b in range(1, 60):
            g = gcd(a, b)
            assert g == gcd_iter(a, b) == binary_gcd(a, b)
            if g == 1:
                coprime += 1
    print("coprime pairs", coprime)


if __name__ == "__main__":
    main()
