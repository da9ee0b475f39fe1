"""ValueError from int(), float(), list.remove, list.index and str.index is caught."""


def main() -> None:
    for s in ["12", "x", "", " 7 ", "3.5", "-0", "1_000", "0x10"]:
        try:
            print("int", repr(s), int(s))
        except ValueError as e:
            print("bad int:", e)
    for s in ["2.5", "abc", "inf", "1e3", "."]:
        try:
            print("float", repr(s), float(s))
        except ValueError as e:
            print("bad float:", e)
    xs = [3, 1, 4, 1, 5]
    for v in [1, 9, 1, 1]:
        try:
            xs.remove(v)
            print("removed", v, xs)
        except ValueError as e:
            print("remove failed:", e)
    words = ["a", "b", "c"]
    for w in ["c", "q"]:
        try:
            print("index", words.index(w))
        except ValueError as e:
            print("index failed:", e)
    try:
        print([1, 2].index(3))
    except ValueError as e:
        print("int index failed:", e)
    text = "hello world"
    for sub in ["world", "xyz", "o"]:
        try:
            print("str.index", text.index(sub))
        except ValueError as e:
            print("str.index failed:", e)
    try:
        raise ValueError("custom message")
    except ValueError as e:
        print("custom:", e)


if __name__ == "__main__":
    main()
