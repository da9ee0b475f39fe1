"""print/str/repr/f-strings of tuples: (1,), (), nested tuples, floats, bools, strs, lists inside, tuples inside lists and dicts."""


def main() -> None:
    one = (1,)
    empty = ()
    print(one, empty, (one, one), (empty, 1))
    print(str(one), repr(one), str(empty), repr(empty), len(str(empty)))
    print((1, 2, 3), (-1, 0, 9223372036854775807))
    print((1.0, -0.0, 0.1, 1e22, 1e16, 2.5e-10, 1.0 / 3.0))
    print((True, False), (True,), (False, 0, "False"))
    print(("a", "", "it's", 'say "hi"', "tab\there", "back\\slash"))
    print(((1, 2), ((3,), ()), "x"))
    print(([1, 2], ["a"], [[0.5]]))
    lst = [(1, "a"), (2, "b")]
    print(lst, [(1,)], [()], [one, one])
    d = {(1, 2): (3.5, "v"), (0, 0): (-1.0, "")}
    print(d)
    dl: dict[str, tuple[int, int]] = {"a": (1, 2), "b": (3, 4)}
    print(dl)
    t = (42, "x", 2.5)
    print(f"{t}|{t!r}|{one}|{empty}")
    print(f"[{str(t)}] {repr(t)} {t[0]:>5} {t[2]:.3f}")
    s = str((1, "a")) + repr(("b",))
    print(s, len(s))
    print("tuple:", t, "and", one, sep=" ~ ", end="!\n")
    print(str(((1.5,),)), repr([((), (1,))]))
    print((1e300 * 10.0, -1e300 * 10.0), (5e-324,), (100.0, 1e15, 1e17))


if __name__ == "__main__":
    main()
