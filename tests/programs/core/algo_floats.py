"""Numeric algorithms on floats: Newton, series, integration, bisection."""


def sqrt_newton(x: float) -> float:
    if x == 0.0:
        return 0.0
    g = x if x > 1.0 else 1.0
    for _ in range(100):
        nxt = 0.5 * (g + x / g)
        if nxt == g:
            break
        g = nxt
    return g


def exp_series(x: float) -> float:
    term = 1.0
    total = 1.0
    for n in range(1, 60):
        term *= x / n
        total += term
    return total


def pi_leibniz(n: int) -> float:
    s = 0.0
    sign = 1.0
    for k in range(n):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * s


def f(x: float) -> float:
    return x * x * x - 2.0 * x - 5.0


def bisect(lo: float, hi: float) -> float:
    for _ in range(200):
        mid = (lo + hi) / 2.0
        if f(mid) == 0.0 or hi - lo < 1e-15:
            return mid
        if (f(mid) < 0.0) == (f(lo) < 0.0):
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2.0


def simpson(a: float, b: float, n: int) -> float:
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        x = a + i * h
        s += (4.0 if i % 2 else 2.0) * f(x)
    return s * h / 3.0


def main() -> None:
    for v in range(0, 11):
        x = v * 1.7
        r = sqrt_newton(x)
        print(f"sqrt({x:.1f}) = {r!r} check {r * r!r}")
    print(sqrt_newton(2.0), 2.0 ** 0.5, sqrt_newton(1e-10), sqrt_newton(1e300))
    print(exp_series(1.0), exp_series(-1.0), exp_series(10.0), exp_series(0.5))
    print(pi_leibniz(1000), pi_leibniz(100000))
    root = bisect(2.0, 3.0)
    print(root, f(root))
    print(simpson(0.0, 2.0, 10), simpson(-1.0, 1.0, 100), simpson(0.0, 3.0, 1000))
    mean = 0.0
    m2 = 0.0
    n = 0
    for i in range(1, 101):
        x = (i * 37 % 101) / 7.0
        n += 1
        delta = x - mean
        mean += delta / n
        m2 += delta * (x - mean)
    print(f"mean={mean:.12f} var={m2 / (n - 1):.12f} {mean!r}")
    k = 0.0
    c = 0.0
    for i in range(1000):
        y = 0.1 - c
        t = k + y
        c = (t - k) - y
        k = t
    print(k, c)


if __name__ == "__main__":
    main()
