"""and/or return one of their operands, not necessarily a bool."""


def main() -> None:
    zero = 0
    five = 5
    seven = 7
    print(zero or 5, five or 9, zero or zero, five and seven, zero and seven, seven and zero)
    print(zero or five or seven, zero and five or seven, five and seven or zero, five and zero or zero)
    print(-1 or 5, 0 or -1, 3 and -3, -3 and 0)
    empty = ""
    word = "hi"
    print(repr(empty or "default"), repr(word or "default"), repr(empty and "x"), repr(word and "x"))
    print(empty or word or "z", word and empty or "fallback")
    x = 0.0
    y = 2.5
    print(x or 1.5, y or 1.5, x and 9.0, y and 9.0, -0.0 or 3.0, float("nan") or 4.0)
    print(not zero, not five, not empty, not word, not x, not y)
    n = 0
    total = 0
    for i in range(10):
        n = i % 3 or 10
        total += n
        m = i % 4 and i
        total += m
        print(i, n, m, "odd" if i % 2 else "even")
    print("total", total)
    name = ""
    label = name or "anonymous"
    print(label, len(name or "abc"), len(word and "abcd"))
    a = 3
    b = 0
    print(a if b else -a, b if a else -b, a or b if a > b else a and b)


if __name__ == "__main__":
    main()
