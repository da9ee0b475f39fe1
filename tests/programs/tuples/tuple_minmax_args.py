"""min and max with several tuple arguments (not a list): lexicographic order, ties keep the first argument."""


def main() -> None:
    print(min((2, "b"), (2, "a")), max((2, "b"), (2, "a")))
    print(min((1, 9), (1, 8), (0, 99)), max((1, 9), (1, 8), (0, 99)))
    a = (0.5, -0.0)
    b = (0.5, 0.0)
    print(min(a, b), max(a, b), min(b, a), max(b, a))
    p = (3, "x")
    q = (3, "x")
    r = (2, "zz")
    print(min(p, q, r), max(p, q, r), max(r, p))
    best = (0, "")
    for w in "the quick brown fox jumps over the lazy dog".split():
        best = max(best, (len(w), w))
    print(best)


if __name__ == "__main__":
    main()
