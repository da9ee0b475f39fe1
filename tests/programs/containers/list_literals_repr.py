"""List literals of every element type and their repr through print and f-strings."""


def main() -> None:
    ints = [1, -2, 30, 0, 9223372036854775807, -9223372036854775807]
    floats = [1.0, -0.0, 0.1, 2.5e-10, 1e22, 1e16, 123456789.125, 1.0 / 3.0]
    bools = [True, False, True]
    strs = ["a", "", "it's", 'say "hi"', "tab\there", "nl\nx", "back\\slash", "é", "日本語", "😀", "both ' and \""]
    nested = [[1, 2], [], [3]]
    nested_f = [[0.5], [1.5, -2.25], []]
    nested_s = [["x", "y'"], [""], []]
    empty_i: list[int] = []
    empty_s: list[str] = []
    empty_nested: list[list[int]] = []
    print(ints)
    print(floats)
    print(bools)
    print(strs)
    print(nested, nested_f, nested_s)
    print(empty_i, empty_s, empty_nested)
    print(f"{ints}|{floats}|{bools}")
    print(f"{strs}")
    print(f"<{nested}> <{empty_i}> <{nested_s}>")
    print(f"{ints!r}")
    print("lists:", ints, "and", bools, sep="; ", end="!\n")
    print([[1]] == [[1]], len(strs), len(nested), len(nested[1]), len(empty_nested))
    one = [42]
    print(one, [one[0]], [[one[0], one[0]]])
    print(["\x00", "\x7f", "\x1b", "\u200b", "\u00a0", "\ud7ff"])
    print(["combining e\u0301", "ZWJ 👩\u200d💻", "ß", "\u2028"])
    big = [i * i for i in range(20)]
    print(big)
    print([1e300 * 10.0, -1e300 * 10.0, 5e-324, 0.1 + 0.2, 100.0, 1e15, 1e17])


if __name__ == "__main__":
    main()
