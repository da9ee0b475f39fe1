"""Set comprehensions: the loop variable does not leak, several if clauses, bool and tuple items, set comprehensions inside dict comprehensions."""


def main() -> None:
    x = 5
    s = {x for x in range(3)}
    print(x, sorted(s))
    print(sorted({c for c in "hello"}), len({c.upper() for c in "abcABC"}))
    bs = {v > 2 for v in [1, 2, 3, 4]}
    print(sorted(bs), True in bs, len(bs))
    pairs = {(w, len(w)) for w in "a bb a ccc bb".split()}
    print(sorted(pairs))
    lim = 3
    small = {(i, j) for i in range(5) if i < lim for j in range(i) if (i + j) % 2 == 1}
    print(sorted(small))
    nested = sorted({(a, b) for a, b in [(1, 2), (2, 1), (1, 2)]})
    print(nested)
    m = {k: sorted({c for c in k}) for k in ["ab", "ba", "zz"]}
    print(m)
    i = 10
    t = [i for i in range(2)]
    print(i, t)


if __name__ == "__main__":
    main()
