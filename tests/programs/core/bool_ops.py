"""bool values: printing, conversion, arithmetic and logic."""

FLAG: bool = True


def is_pos(n: int) -> bool:
    return n > 0


def main() -> None:
    t = True
    f = False
    print(t, f, str(t), str(f), repr(t), int(t), int(f), float(t), float(f))
    print(t and f, t or f, not t, not f, t and t, f or f, not not t)
    print(t == 1, f == 0, t == 1.0, t != f, t > f, f < t, t >= t, t == True)
    print(t + t, t - f, t * 5, t + 0.5, -t, t & f, t | f, t ^ t, f ^ t)
    print(True + True + True, True * 10, 10 // True, 7 % True, True ** 5)
    print(f"{t}", f"{f}", f"{t!r}", f"{t:>6}", f"{t!s:>6}", f"{f:d}", f"{t:05}", f"{t:.2f}", f"{t:x}")
    print(bool(1), bool(0), bool(-1), bool(0.0), bool(""), bool("x"), bool(t), bool(f))
    print(is_pos(3), is_pos(-3), is_pos(0), FLAG, not FLAG)
    count = 0
    for i in range(-5, 6):
        count += is_pos(i)
        count += i % 2 == 0
    print(count)
    b = 3 > 2
    c = b == (2 < 3)
    d = b != c
    print(b, c, d, b and c and not d)
    e = is_pos(1) and is_pos(2) or is_pos(-1)
    print(e, is_pos(0) or is_pos(-1), (is_pos(-1) or is_pos(1)) and not is_pos(0))
    flag = False
    for i in range(7):
        flag = not flag
        print(i, flag, int(flag), flag ^ (i % 3 == 0))


if __name__ == "__main__":
    main()
