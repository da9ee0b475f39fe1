"""Left-to-right evaluation order of operands, arguments and f-string parts."""

trace: str = ""


def v(tag: str, n: int) -> int:
    global trace
    trace += tag
    print("eval", tag)
    return n


def sv(tag: str, x: str) -> str:
    global trace
    trace += tag
    print("eval", tag)
    return x


def three(a: int, b: int, c: int) -> int:
    print("three", a, b, c)
    return a * 100 + b * 10 + c


def main() -> None:
    global trace
    print(v("a", 1) + v("b", 2) * v("c", 3))
    print(v("d", 2) ** v("e", 3) ** v("f", 1))
    print(v("g", 10) - v("h", 4) - v("i", 3))
    print(three(v("j", 1), v("k", 2), v("l", 3)))
    print(three(three(v("m", 1), 0, 0), v("n", 2), three(0, 0, v("o", 3))))
    print(f"{v('p', 1)}-{sv('q', 'x')}-{v('r', 3):>3}")
    print(v("s", 1), sv("t", "two"), v("u", 3), sep=sv("w", "|"), end=sv("x", "!\n"))
    print(sv("y", "a") + sv("z", "b") + sv("A", "c"))
    print(-v("B", 5), not v("C", 0), ~v("D", 1))
    print(v("E", 1) < v("F", 2) and v("G", 3) > v("H", 4) or v("I", 5) == v("J", 5))
    print(max(v("K", 1), v("L", 9), v("M", 5)), min(v("N", 1), v("O", 0)))
    x = v("P", 7)
    x += v("Q", 3) * v("R", 2)
    print(x)
    print(divmod(v("S", 17), v("T", 5)))
    print(round(v("U", 1234), v("V", -2)), abs(v("W", -3)))
    print("trace:", trace)
    trace = ""
    total = 0
    for i in range(v("X", 1), v("Y", 4)):
        total += v(str(i), i)
    print(total, trace)


if __name__ == "__main__":
    main()
