"""Tuples as values: returns, keys, sorting with lambda keys, set comprehensions, join of generators."""

def main() -> None:
    words = ["pear", "fig", "apple", "kiwi", "banana", "fig"]
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    print(top)
    print(max(words, key=lambda w: len(w)), min(words, key=lambda w: (len(w), w)))
    words.sort(key=lambda w: w[-1])
    print(words)
    print(", ".join(w.upper() for w in words if len(w) > 3))
    print("-".join(("a", "b")), "".join(reversed("abc")))
    pairs = list(zip([1, 2, 3], "abc"))
    print(pairs, dict(pairs), len(dict(pairs)), set("hello") == {"h", "e", "l", "o"})
    evens = {x % 4 for x in range(10)}
    print(sorted(evens), 3 in evens)
    grid = {(r, c) for r in range(3) for c in range(3) if r != c}
    print(len(grid), (0, 1) in grid, (1, 1) in grid)


if __name__ == "__main__":
    main()
