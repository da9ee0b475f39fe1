"""Run-length encoding as a list of (char, count) tuples: encode, decode, merge runs, longest run, text round trip."""


def encode(s: str) -> list[tuple[str, int]]:
    runs: list[tuple[str, int]] = []
    for ch in s:
        if len(runs) > 0 and runs[-1][0] == ch:
            c, n = runs[-1]
            runs[-1] = (c, n + 1)
        else:
            runs.append((ch, 1))
    return runs


def decode(runs: list[tuple[str, int]]) -> str:
    return "".join([c * n for c, n in runs])


def to_text(runs: list[tuple[str, int]]) -> str:
    out = ""
    for c, n in runs:
        out += (str(n) if n > 1 else "") + c
    return out


def longest(runs: list[tuple[str, int]]) -> tuple[str, int]:
    best = ("", 0)
    for r in runs:
        if r[1] > best[1]:
            best = r
    return best


def count_of(r: tuple[str, int]) -> int:
    return r[1]


def main() -> None:
    for s in ["aaabccddddde", "", "x", "abc", "zzzzzzzzzzzz", "ééé日日a😀😀"]:
        runs = encode(s)
        print(repr(s), runs, to_text(runs), decode(runs) == s, longest(runs))
    runs = encode("mississippi")
    print(runs, len(runs))
    print(sorted(runs), sorted(runs, key=count_of, reverse=True)[:3])
    totals: dict[str, int] = {}
    for c, n in runs:
        totals[c] = totals.get(c, 0) + n
    print(sorted(totals.items()), max(runs, key=count_of))
    bits = [1 if (i // 3) % 2 == 0 else 0 for i in range(20)]
    brun: list[tuple[int, int]] = []
    for b in bits:
        if len(brun) > 0 and brun[-1][0] == b:
            brun[-1] = (b, brun[-1][1] + 1)
        else:
            brun.append((b, 1))
    print(brun, sum(n for _, n in brun))


if __name__ == "__main__":
    main()
