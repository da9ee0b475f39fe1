"""in / not in on lists of every element type, and on nested lists."""


def main() -> None:
    xs = [3, 1, 4, 1, 5, 9, 2, 6]
    for v in range(-1, 11):
        print(v, v in xs, v not in xs, end="; ")
    print()
    e: list[int] = []
    print(0 in e, 0 not in e)
    ss = ["apple", "é", "日本", "", "e\u0301"]
    print("apple" in ss, "app" in ss, "" in ss, "é" in ss, "\u00e9" in ss, "e" in ss, "日本" in ss, "日" in ss)
    fs = [0.5, -0.0, 1e100]
    print(0.0 in fs, -0.0 in fs, 0.5 in fs, 1e100 in fs, 1e99 in fs, float("inf") not in fs)
    bs = [False, False]
    print(True in bs, False in bs, True not in bs)
    m = [[1, 2], [3], []]
    print([1, 2] in m, [2, 1] in m, [] in m, [3] not in m, [[1, 2]] in [m[:1]])
    ms = [["a"], ["b", "c"]]
    print(["b", "c"] in ms, ["b"] in ms)
    words = "to be or not to be that is the question".split()
    seen: list[str] = []
    dups: list[str] = []
    for w in words:
        if w in seen:
            if w not in dups:
                dups.append(w)
        else:
            seen.append(w)
    print(seen, dups)
    print([v for v in range(10) if v in xs], [v for v in range(10) if v not in xs])
    print(not (5 in xs), not 5 in xs, (5 in xs) == True)


if __name__ == "__main__":
    main()
