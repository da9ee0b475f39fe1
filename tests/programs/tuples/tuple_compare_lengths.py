"""Ordering tuples of different lengths: a proper prefix is smaller; the empty tuple is smallest."""


def main() -> None:
    print((1, 2) < (1, 2, 0), (1, 2, 0) > (1, 2), (1, 3) > (1, 2, 99), () < (0,), (0,) > ())
    print((1, 2) <= (1, 2, 0), (2,) >= (1, 9, 9), ("a",) < ("a", ""), ("b",) > ("a", "z"))
    short = (1.5, 2.5)
    long = (1.5, 2.5, -1.0)
    print(short < long, short <= long, short > long, short >= long, long > short)
    e = ()
    print(e < (0.0,), e <= (), e >= (), e > ("",))


if __name__ == "__main__":
    main()
