"""for x in reversed(xs) over lists, slices and ranges; list(reversed(...))."""


def main() -> None:
    xs = [1, 2, 3, 4]
    for x in reversed(xs):
        print(x, end=" ")
    print()
    out: list[str] = []
    for s in reversed(["a", "é", "日"]):
        out.append(s)
    print(out)
    e: list[float] = []
    for f in reversed(e):
        print("never", f)
    for i in reversed(list(range(5))):
        print(i, end=",")
    print()
    print([x for x in reversed(xs)], [x for x in reversed(list(range(0, 10, 3)))], xs)
    for row in reversed([[1], [2, 3]]):
        print(row)
    print([x * 2 for x in reversed(xs)], [x for x in reversed(xs[1:3])])
    total = 0
    for x in reversed(xs):
        if x == 2:
            break
        total += x
    print(total)
    acc = ""
    for ch in reversed(list("straße")):
        acc += ch
    print(acc)
    for f2 in reversed([0.5, -0.0]):
        print(f2)
    for b in reversed([True, False]):
        print(b)


if __name__ == "__main__":
    main()
