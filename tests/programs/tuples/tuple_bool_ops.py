"""Tuples as operands of and/or/not and in conditions: a non-empty tuple is true, the empty tuple false; and/or return an operand."""


def first_nonzero(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    return a or b


def both(a: tuple[str, int], b: tuple[str, int]) -> tuple[str, int]:
    return a and b


def main() -> None:
    a = (1, 2) and (3, 4)
    b = (0, 0) or (7, 7)
    print(a, b, first_nonzero((0, 0), (5, 5)), both(("x", 0), ("y", 1)))
    e1 = ()
    e2 = ()
    print(e1 or e2, e1 and e2, not e1, not (0,), bool(()), bool((0,)))
    t = (0.0, "")
    if bool(t) and t[1] == "":
        print("non-empty tuple of falsy items is true")
    n = 0
    while bool((n, n)) and n < 3:
        n += 1
    print(n)
    print([p or (9, 9) for p in [(1, 1), (0, 0)]], [p for p in [(1, 1), (0, 0)] if p])
    x = (1, 2) if () else (3, 4)
    print(x)


if __name__ == "__main__":
    main()
