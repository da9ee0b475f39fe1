"""Sort stability on larger data: many elements map to a few keys, with and without reverse."""


def key7(x: int) -> int:
    return (x * 31) % 7


def key_first(s: str) -> str:
    return s[:1]


def key_len_f(x: float) -> int:
    return len(str(x))


def stable(xs: list[int], sorted_xs: list[int], rev: bool) -> bool:
    for a, b in zip(sorted_xs, sorted_xs[1:]):
        ka = key7(a)
        kb = key7(b)
        if (ka == kb and xs.index(a) > xs.index(b)) or (ka > kb and not rev) or (ka < kb and rev):
            return False
    return True


def main() -> None:
    xs = [(i * 7919) % 1009 for i in range(250)]
    a = sorted(xs, key=key7)
    b = sorted(xs, key=key7, reverse=True)
    print(stable(xs, a, False), stable(xs, b, True), a[:12], b[:12])
    c = xs.copy()
    c.sort(key=key7)
    print(c == a, [key7(v) for v in c[::25]])
    d = xs.copy()
    d.sort(key=key7, reverse=True)
    print(d == b, d[-12:])
    print(sorted(a, key=key7) == a, sorted(b, key=key7, reverse=True) == b)
    words = [f"{ch}{i}" for i in range(12) for ch in "cab"]
    print(sorted(words, key=key_first))
    print(sorted(words, key=key_first, reverse=True))
    fs = [0.5, 10.25, 1.0, 100.0, 2.5, 0.125, 3.0, 44.5]
    print(sorted(fs, key=key_len_f), sorted(fs, key=key_len_f, reverse=True))
    same = [3, 1, 2]
    print(sorted(same, key=zero), sorted(same, key=zero, reverse=True))


def zero(x: int) -> int:
    return 0


if __name__ == "__main__":
    main()
