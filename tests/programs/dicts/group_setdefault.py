"""Grouping into dict[str, list[str]] with setdefault(...).append: anagrams, first letters."""


def signature(w: str) -> str:
    return "".join(sorted(w))


def main() -> None:
    words = ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog",
             "god", "odg", "été", "tée", "x", "inlets"]
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(signature(w), []).append(w)
    print(groups)
    for key, members in groups.items():
        print(key, len(members), sorted(members))
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w.upper())
    print(by_first)
    print(sorted(by_first), [len(v) for v in by_first.values()])
    big = {k: v for k, v in groups.items() if len(v) >= 3}
    print(big, len(big))
    r = groups.setdefault("zzz", ["seed"])
    r.append("more")
    print(groups["zzz"], groups.setdefault("zzz", []), len(groups))
    lens: dict[int, list[str]] = {}
    for w in words:
        lens.setdefault(len(w), []).append(w)
    for n in sorted(lens):
        print(n, lens[n])


if __name__ == "__main__":
    main()
