"""x in tuple / x not in tuple for ints, floats, strs, nested tuples; tuples in lists, dict keys and sets."""


def is_vowel(c: str) -> bool:
    return c in ("a", "e", "i", "o", "u")


def main() -> None:
    t = (3, 1, 4, 1, 5, 9, 2, 6)
    print([x in t for x in range(10)])
    print(7 not in t, 9 not in t, -1 in t)
    print("".join([c for c in "programming language" if not is_vowel(c)]))
    fs = (0.0, 1.5, float("inf"))
    print(-0.0 in fs, 1.5 in fs, float("inf") in fs, 2.0 in fs)
    nested = ((1, 2), (3, 4))
    print((3, 4) in nested, (4, 3) in nested, (1, 2) not in nested)
    words = ("alpha", "beta", "")
    print("" in words, "alp" in words, "beta" in words, "alp" in words[0])
    lst = [(1, "a"), (2, "b")]
    print((2, "b") in lst, (2, "a") in lst)
    empty = ()
    print(len(empty))
    single = (42,)
    print(42 in single, 41 in single)
    n = 5
    if n in (1, 2, 3, 5, 8, 13):
        print("fib")
    for k in range(6):
        print(k, "small" if k in (0, 1) else ("mid" if k in (2, 3) else "big"))
    bs = (True, True)
    print(False in bs, True in bs)


if __name__ == "__main__":
    main()
