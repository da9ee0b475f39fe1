"""Basic float arithmetic and accumulated rounding."""


def main() -> None:
    a = 0.1
    b = 0.2
    print(a + b, a - b, a * b, a / b, b / a)
    print(1.5 + 2.25, 1.5 - 2.25, 1.5 * 2.25, 1.5 / 2.25, -1.5 * -2.0)
    print(1e308 * 10.0, -1e308 * 10.0, 1e-308 / 1e10, 1e-320 / 10.0)
    print(0.1 * 3, 0.1 * 3 == 0.3, 0.5 * 3 == 1.5, 1.0 - 0.9)
    print(1e16 + 1.0, 1e16 + 2.0, 9007199254740992.0 + 1.0)
    s = 0.0
    for i in range(10):
        s += 0.1
    print(s, s == 1.0, abs(s - 1.0) < 1e-9)
    t = 0.0
    for i in range(1, 1001):
        t += 1.0 / i
    print(t)
    u = 1.0
    for i in range(1, 21):
        u *= float(i)
    print(u)
    v = 1.0
    for i in range(60):
        v /= 3.0
    print(v)
    w = 1.0
    w += 0.5
    w -= 0.25
    w *= 4.0
    w /= 3.0
    print(w)
    x = -0.0
    print(x + 0.0, 0.0 + x, x - 0.0, x * 1.0, x * -1.0, -x, x + x, 0.0 - 0.0, -0.0 - 0.0)
    print(2.0 * 0.5 - 1.0, (1.0 + 1e-16) - 1.0, (1.0 + 2e-16) - 1.0)
    p = 1.0
    q = 3.0
    for i in range(5):
        p = p / q + q / p
        print(i, p)


if __name__ == "__main__":
    main()
