"""Iterating over homogeneous tuples: for loops, comprehensions, sum/min/max/sorted/any/all over tuple elements, variable indexing."""


def total(t: tuple[int, int, int, int]) -> int:
    s = 0
    for x in t:
        s += x
    return s


def main() -> None:
    t = (5, -2, 9, 0)
    print(total(t), sum(t), min(t), max(t), sorted(t), sorted(t, reverse=True))
    print([x * x for x in t], any(x < 0 for x in t), all(x < 10 for x in t))
    names = ("zed", "amy", "Bob")
    for n in names:
        print(n, n.upper(), len(n))
    print(sorted(names), "-".join(names), list(names))
    for i in range(len(names)):
        print(i, names[i], names[-1 - i])
    fs = (0.25, 0.5, 1.0)
    acc = 0.0
    for f in fs:
        acc += f
    print(acc, sum(fs, 0.0), max(fs))
    for x in (1, 2, 3):
        for y in ("a", "b"):
            print(x, y, end=" ")
    print()
    for p in ((1, 2), (3, 4)):
        print(p, p[0] + p[1])
    for i, v in enumerate(("p", "q")):
        print(i, v)
    for a, b in zip((1, 2, 3), ("x", "y", "z")):
        print(a, b)
    print(list(reversed(t)), [c for c in ("ab", "cd")[1]])


if __name__ == "__main__":
    main()
