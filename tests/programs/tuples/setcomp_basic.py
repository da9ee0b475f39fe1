"""Set comprehensions over ranges, lists, strs and dict keys, with conditions; results checked with sorted/len/in/==."""


def main() -> None:
    squares = {i * i % 10 for i in range(100)}
    print(len(squares), sorted(squares), 6 in squares, 2 in squares)
    words = "The quick brown fox jumps over the lazy dog THE end".split()
    lowered = {w.lower() for w in words}
    print(len(lowered), sorted(lowered))
    long_ones = {w for w in words if len(w) > 4}
    print(sorted(long_ones))
    letters = {c for c in "mississippi"}
    print(sorted(letters), len(letters))
    d = {"a": 1, "b": 2, "c": 1, "d": 3}
    vals = {v for v in d.values()}
    keys = {k.upper() for k in d if d[k] == 1}
    print(sorted(vals), sorted(keys))
    empty = {x for x in range(10) if x > 100}
    print(len(empty), sorted(empty), 5 in empty)
    fl = {x / 2.0 for x in range(-4, 5)}
    print(sorted(fl), 0.0 in fl, -0.0 in fl)
    mods = {x % 7 for x in [3, 10, 17, 24, 5]}
    print(mods == {3, 5}, len(mods), 3 in mods)
    n = 3
    multiples = {n * k for k in range(1, 11)}
    evens = {k for k in range(0, 31, 2)}
    print(sorted(multiples & evens), sorted(multiples - evens), len(multiples | evens))
    lens = {len(w) for w in words}
    print(sorted(lens), max(sorted(lens)))


if __name__ == "__main__":
    main()
