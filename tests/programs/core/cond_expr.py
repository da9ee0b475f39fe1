"""Conditional expressions evaluate only the chosen branch."""


def loud(tag: str, n: int) -> int:
    print("eval", tag)
    return n


def sign(n: int) -> str:
    return "neg" if n < 0 else "zero" if n == 0 else "pos"


def classify(n: int) -> str:
    return ("fizzbuzz" if n % 15 == 0 else "fizz" if n % 3 == 0
            else "buzz" if n % 5 == 0 else str(n))


def main() -> None:
    for i in range(-2, 3):
        print(i, sign(i))
    line = ""
    for i in range(1, 31):
        line += classify(i) + " "
    print(line)
    a = loud("then", 1) if loud("cond", 1) else loud("else", 2)
    b = loud("then", 1) if loud("cond", 0) else loud("else", 2)
    print(a, b)
    c = (loud("x", 10) if a > b else loud("y", 20)) + (loud("z", 30) if a < b else loud("w", 40))
    print(c)
    x = 7
    y = x * 2 if x > 5 else x // 2
    z = "big" if y > 10 else "small"
    print(y, z)
    w = 1.5 if x % 2 else 2.5
    print(w, w if w > 2 else -w)
    n = 0
    while (n if n < 10 else 0) < 9:
        n += 1
    print(n)
    print(("a" if x else "b") + ("c" if not x else "d"))
    m = x if x > y else y if y > 100 else -1
    print(m)


if __name__ == "__main__":
    main()
