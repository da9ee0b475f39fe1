"""divmod results as tuple values: printed, stored, indexed, compared, unpacked; int and float operands with mixed signs."""


def to_hms(seconds: int) -> tuple[int, int, int]:
    m, s = divmod(seconds, 60)
    h, m = divmod(m, 60)
    return h, m, s


def digits(n: int, base: int) -> list[int]:
    out: list[int] = []
    while True:
        n, d = divmod(n, base)
        out.append(d)
        if n == 0:
            break
    out.reverse()
    return out


def main() -> None:
    r = divmod(17, 5)
    print(r, r[0], r[1], r[0] * 5 + r[1])
    for a in [17, -17]:
        for b in [5, -5]:
            print(a, b, divmod(a, b))
    print(divmod(0, 7), divmod(7, 7), divmod(-1, 7), divmod(9223372036854775807, 10))
    print(divmod(7.5, 2.0), divmod(-7.5, 2.0), divmod(7.5, -2.0), divmod(1.0, 0.1))
    print(divmod(-0.0, 1.0), divmod(0.0, -1.0), divmod(5.0, float("inf")), divmod(-5.0, float("inf")))
    q = divmod(100, 7)
    results = [q, divmod(50, 7), divmod(100, 7)]
    print(results, results[0] == results[2], sorted(results), q in results)
    print(to_hms(3725), to_hms(0), to_hms(86399))
    print(digits(255, 2), digits(255, 16), digits(0, 10), digits(1000, 7))
    table: dict[tuple[int, int], int] = {}
    for n in range(20):
        table[divmod(n, 6)] = n
    print(table[(2, 3)], (3, 2) in table, (4, 0) in table, len(table))
    fq, fr = divmod(10.25, 0.5)
    print(fq, fr)


if __name__ == "__main__":
    main()
