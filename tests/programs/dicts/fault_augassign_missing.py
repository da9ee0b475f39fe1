"""d[k] += 1 on a missing key raises KeyError (it reads first), as in CPython."""


def main() -> None:
    counts: dict[str, int] = {}
    for w in "a b a".split():
        counts[w] = counts.get(w, 0) + 1
    print(counts)
    counts["a"] += 10
    print(counts)
    counts["c"] += 1
    print(counts)


if __name__ == "__main__":
    main()
