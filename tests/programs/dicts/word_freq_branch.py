"""Word frequency with `if w in d: d[w] += 1 else: d[w] = 1`, ranking by count then word."""


def normalize(w: str) -> str:
    return w.strip(".,;:!?\"'()«»—").lower()


def count_words(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for raw in text.split():
        w = normalize(raw)
        if w == "":
            continue
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


def main() -> None:
    text = ("It was the best of times, it was the worst of times, it was the age of wisdom,\n"
            + "it was the age of foolishness; it was the epoch of belief, it was the epoch of incredulity.\n"
            + "Ça et là — « été » ÉTÉ été! Straße strasse STRASSE")
    counts = count_words(text)
    print(len(counts), sum(counts.values()))
    print(counts)
    ranked = sorted([f"{c:03d} {w}" for w, c in counts.items()], reverse=True)
    for line in ranked[:8]:
        print(line)
    singles = sorted([w for w, c in counts.items() if c == 1])
    print(singles)
    print(counts["été"], counts["it"], "was" in counts, "is" in counts, "été" not in counts)
    by_len: dict[int, int] = {}
    for w in counts:
        n = len(w)
        if n in by_len:
            by_len[n] += counts[w]
        else:
            by_len[n] = counts[w]
    print(by_len, sorted(by_len), max(by_len), min(by_len))
    print([k for k in sorted(by_len) if by_len[k] > 3])


if __name__ == "__main__":
    main()
