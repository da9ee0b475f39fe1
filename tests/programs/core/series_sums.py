"""Integer series checked against closed forms."""


def tri(n: int) -> int:
    return n * (n + 1) // 2


def main() -> None:
    s1 = 0
    s2 = 0
    s3 = 0
    alt = 0
    for k in range(1, 2001):
        s1 += k
        s2 += k * k
        s3 += k * k * k
        alt += k if k % 2 else -k
    print(s1, tri(2000), s2, 2000 * 2001 * 4001 // 6, s3, tri(2000) ** 2, alt)
    fsum = 0
    a = 0
    b = 1
    for k in range(80):
        fsum += a
        c = a + b
        a = b
        b = c
    print("fib sum", fsum, b - 1)
    geo = 0
    p = 1
    for k in range(62):
        geo += p
        p *= 2
    print("geometric", geo, p - 1)
    harmonic_num = 0
    for k in range(1, 30):
        harmonic_num += 232792560 // k
    print("scaled harmonic", harmonic_num)
    digits = 0
    for k in range(1, 100001):
        digits += len(str(k))
    print("digits 1..100000", digits)
    cat = 1
    for n in range(0, 31):
        if n % 5 == 0:
            print("catalan", n, cat)
        cat = cat * 2 * (2 * n + 1) // (n + 2)


if __name__ == "__main__":
    main()
