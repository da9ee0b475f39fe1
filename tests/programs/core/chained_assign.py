"""Chained assignment binds the same value to every target."""

top = bottom = 5


def calls(tag: str, v: int) -> int:
    print("eval", tag)
    return v


def main() -> None:
    global top, bottom
    a = b = c = 0
    print(a, b, c)
    a = b = calls("once", 7)
    print(a, b)
    a += 1
    print(a, b)
    s = t = "shared"
    s += "!"
    print(s, t)
    x = y = 1.5
    y *= 2
    print(x, y)
    top = bottom = calls("global", 9)
    print(top, bottom)
    p = q = r = calls("three", 3) * 2
    print(p + q + r)
    flag1 = flag2 = 3 > 2
    print(flag1, flag2, not flag1)


if __name__ == "__main__":
    print(top, bottom)
    main()
