"""dict.pop with and without default, setdefault returning existing values, draining a dict."""


def drain(d: dict[str, int]) -> list[str]:
    out: list[str] = []
    while d:
        k = min(d)
        out.append(f"{k}:{d.pop(k)}")
    return out


def main() -> None:
    d = {"x": 1, "y": 2, "z": 3}
    print(d.pop("x"), d.pop("x", -1), d.pop("missing", 0), d)
    print(d.setdefault("y", 99), d.setdefault("w", 42), d)
    print(drain(d), d, len(d))
    fl: dict[str, float] = {"pi": 3.14159, "e": 2.71828}
    print(fl.pop("pi", 0.0), fl.pop("pi", 0.0), fl.pop("e"), fl)
    lists: dict[int, list[str]] = {1: ["a"], 2: ["b", "c"]}
    taken = lists.pop(2, [])
    taken.append("d")
    print(taken, lists, lists.pop(3, ["default"]), lists)
    strs: dict[str, str] = {}
    print(repr(strs.pop("k", "")), strs.setdefault("k", "v"), strs.pop("k"), strs)
    counts = {c: 0 for c in "abcabc"}
    for c in "aabbbz":
        if c in counts:
            counts[c] += 1
    print(counts, counts.pop("c", 5), counts.pop("c", 5))
    flags: dict[str, bool] = {"on": True}
    print(flags.pop("on", False), flags.pop("on", False), flags)


if __name__ == "__main__":
    main()
