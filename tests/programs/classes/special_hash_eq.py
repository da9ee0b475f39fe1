"""A user __hash__ with __eq__ makes plain (non-dataclass) objects usable as dict keys and set members."""


class Caseless:
    def __init__(self, text: str) -> None:
        self.text = text

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Caseless):
            return False
        return self.text.lower() == other.text.lower()

    def __hash__(self) -> int:
        return len(self.text) * 31 + ord(self.text[0].lower())

    def __repr__(self) -> str:
        return f"CaseLess({self.text!r})"


def main() -> None:
    counts: dict[Caseless, int] = {}
    for w in "Apple apple APPLE pear Pear plum".split():
        k = Caseless(w)
        counts[k] = counts.get(k, 0) + 1
    print(counts)
    print(counts[Caseless("PEAR")], Caseless("plum") in counts, Caseless("kiwi") in counts)
    seen: set[Caseless] = set()
    dup = 0
    for w in ["x", "X", "y", "Yy", "yY", "z"]:
        c = Caseless(w)
        if c in seen:
            dup += 1
        seen.add(c)
    print(len(seen), dup)
    print(Caseless("Ab") == Caseless("aB"), Caseless("Ab") != Caseless("b"))
    del counts[Caseless("apple")]
    print(list(counts.keys()))


if __name__ == "__main__":
    main()
