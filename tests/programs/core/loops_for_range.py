"""for over range with one, two and three arguments, including negative steps."""


def show(label: str, start: int, stop: int, step: int) -> None:
    out = ""
    n = 0
    for i in range(start, stop, step):
        out += str(i) + " "
        n += 1
    print(f"{label:<14} n={n:<3} {out}")


def main() -> None:
    for i in range(5):
        print(i, end=" ")
    print()
    for i in range(0):
        print("never")
    for i in range(-3):
        print("never")
    for i in range(2, 7):
        print(i, end=",")
    print()
    for i in range(7, 2):
        print("never")
    show("step 3", 0, 10, 3)
    show("step -1", 5, 0, -1)
    show("step -3", 10, -10, -3)
    show("neg range", -10, -2, 2)
    show("empty neg", 0, 5, -1)
    show("one elem", 4, 5, 1)
    show("big step", 0, 100, 1000)
    show("big neg step", 100, -100, -70)
    show("exact", 0, 12, 4)
    show("huge", 9223372036854775800, 9223372036854775807, 2)
    show("huge neg", -9223372036854775800, -9223372036854775807, -3)
    last = -1
    for i in range(10):
        last = i
    print("loop var after loop", i, last)
    for j in range(3, -1, -1):
        pass
    print("after countdown", j)
    n = 4
    total = 0
    for k in range(n):
        n += 10
        total += k
    print("range fixed at start", n, total)
    for k in range(5):
        k *= 100
        print(k, end=" ")
    print()
    acc = 0
    for a in range(1, 20):
        for b in range(a, 20, a):
            acc += b
    print(acc)
    s = 0
    for i in range(100, 0, -7):
        s = s * 3 + i
        s %= 1000003
    print(s)
    start = 3
    stop = 30
    step = 4
    for i in range(start, stop, step):
        start += 1
        step = 100
        print(i, end=" ")
    print()


if __name__ == "__main__":
    main()
