"""Evaluation order: tuple display items left to right, unpacking right side before targets, targets assigned left to right."""

calls: list[str] = []


def f(tag: str, v: int) -> int:
    calls.append(tag)
    return v


def pair(tag: str) -> tuple[int, int]:
    calls.append(tag)
    return (len(tag), len(calls))


def main() -> None:
    t = (f("a", 1), f("b", 2), f("c", 3))
    print(t, calls)
    calls.clear()
    x, y = f("x", 10), f("y", 20)
    print(x, y, calls)
    calls.clear()
    xs = [0, 0, 0]
    i = 0
    i, xs[i] = 2, 7
    print(i, xs)
    calls.clear()
    d: dict[int, int] = {}
    d[f("k1", 1)], d[f("k2", 2)] = pair("p")
    print(d, calls)
    calls.clear()
    print((f("l", 1), f("m", 2)) < (f("n", 1), f("o", 3)), calls)
    calls.clear()
    print(pair("first") + pair("second"), calls)
    calls.clear()
    nested = ((f("a", 1), f("b", 2)), f("c", 3))
    (p, q), r = nested
    print(p, q, r, calls)
    calls.clear()
    ok = (f("u", 1), 2) == (1, f("v", 2)) and f("w", 0) == 0
    print(ok, calls)


if __name__ == "__main__":
    main()
