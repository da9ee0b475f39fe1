"""while loops with compound conditions and several exit paths."""


def isqrt(n: int) -> int:
    if n < 2:
        return n
    x = n
    y = x // 2 + x % 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def main() -> None:
    a = 0
    b = 100
    steps = 0
    while a < b and (b - a) % 7 != 0 or steps < 3:
        a += 3
        b -= 2
        steps += 1
    print(a, b, steps)
    n = 27
    count = 0
    peak = n
    while n != 1 and count < 1000:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        peak = max(peak, n)
        count += 1
    print("collatz 27:", count, peak)
    for v in range(0, 30):
        r = isqrt(v)
        assert r * r <= v < (r + 1) * (r + 1)
    print(isqrt(9223372036854775807), isqrt(10 ** 18), isqrt(999999999999))
    x = 1.0
    it = 0
    while abs(x * x - 2.0) > 1e-15 and it < 100:
        x = (x + 2.0 / x) / 2.0
        it += 1
    print(x, it)
    i = 0
    j = 50
    while not (i >= j) and not i == 20:
        i += 2
        j -= 1
    print(i, j)
    word = "mississippi"
    k = 0
    runs = 0
    while k < len(word):
        c = word[k]
        while k < len(word) and word[k] == c:
            k += 1
        runs += 1
    print("runs", runs)
    t = 1
    while t:
        t = (t * 5) % 17
        if t == 1:
            t = 0
    print("t", t)


if __name__ == "__main__":
    main()
