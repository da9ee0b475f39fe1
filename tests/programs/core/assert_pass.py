"""Assertions that hold do nothing, and their messages are never evaluated."""

evaluated: int = 0


def msg(s: str) -> str:
    global evaluated
    evaluated += 1
    return s


def check(n: int) -> int:
    assert n >= 0
    assert n < 1000, "n too big"
    assert n % 1 == 0, msg("never")
    return n * 2


def main() -> None:
    assert True
    assert 1
    assert "non-empty"
    assert 0.5
    assert 1 < 2 < 3, "chain"
    assert not False, f"formatted {evaluated}"
    total = 0
    for i in range(100):
        total += check(i)
        assert total >= i, msg("bad total")
    print(total, evaluated)
    x = 5
    assert (x > 3 and x < 10), msg("range")
    assert x == 5 or x == 6, "x"
    print("all assertions passed", evaluated)


if __name__ == "__main__":
    main()
