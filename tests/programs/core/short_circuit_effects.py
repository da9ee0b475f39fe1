"""Short circuit evaluation, checked through side effects."""

calls: int = 0


def t(tag: str) -> bool:
    global calls
    calls += 1
    print("t", tag)
    return True


def f(tag: str) -> bool:
    global calls
    calls += 1
    print("f", tag)
    return False


def v(tag: str, n: int) -> int:
    global calls
    calls += 1
    print("v", tag, n)
    return n


def main() -> None:
    print(t("1") and f("2"))
    print(f("3") and t("4"))
    print(t("5") or f("6"))
    print(f("7") or t("8"))
    print(f("9") or f("10") or t("11") or t("12"))
    print(t("13") and t("14") and f("15") and t("16"))
    print(not t("17") or f("18"))
    print(f("19") and t("20") or t("21"))
    print(t("22") or f("23") and f("24"))
    print(v("a", 0) or v("b", 3) or v("c", 4))
    print(v("d", 2) and v("e", 0) and v("f", 9))
    print(v("g", 1) and v("h", 2) and v("i", 3))
    if f("25") and t("26"):
        print("unreachable")
    else:
        print("else branch")
    if t("27") or t("28"):
        print("taken")
    n = 0
    while n < 3 and t("loop" + str(n)):
        n += 1
    x = v("j", 5) if t("cond") else v("k", 6)
    y = v("l", 5) if f("cond2") else v("m", 6)
    print(x, y)
    k = 0
    ok = k != 0 and 10 // k > 1
    print(ok)
    ok2 = k == 0 or 10 // k > 1
    print(ok2)
    print("calls", calls)


if __name__ == "__main__":
    main()
