"""Syntax forms: one-line suites, semicolons, continuations, comments, trailing commas."""
# A comment before everything else.

from __future__ import annotations  # trailing comment on an import


def one_liner(x: int) -> int: return x * 2  # body on the def line


def multi_line_params(
    a: int,
    b: int,   # comment inside parameters
    c: int,
) -> int:
    return (a
            + b   # comment inside an expression
            + c)


def main() -> None:
    x = 1; y = 2; z = 3
    print(x, y, z); print("semicolon separated")
    if x < y: print("one-line if")
    else: print("never")
    n = 3
    while n: n -= 1
    print("n", n)
    for i in range(3): print("one-line for", i)
    total = 1 + \
        2 + \
        3
    print(total)
    value = (
        10
        *
        20
    )
    print(value)
    print(one_liner(21), multi_line_params(1, 2, 3,), multi_line_params(
        4,
        5,
        6
    ))
    print(
        "trailing",
        "comma",
    )
    if (x == 1 and
            y == 2):
        pass
    elif x:
        pass
    else:
        pass

    # blank lines and comments between statements

    s = ("implicitly "
         "joined")
    print(s)
    t = f"{x}" \
        f"{y}"
    print(t)
    deep = ((((((x + y) * z) - x) // y) % z) ** 2)
    print(deep)
    if x:
        if y:
            if z:
                print("nested ifs")
    print(-(-(-(x))), not (not (x)))
    pass


if __name__ == "__main__":
    main()
