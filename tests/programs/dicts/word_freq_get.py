"""Word frequency with `d[w] = d.get(w, 0) + 1`; top-k selection and frequency-of-frequencies."""


def tokenize(text: str) -> list[str]:
    out: list[str] = []
    cur = ""
    for ch in text.lower():
        if ch.isalpha():
            cur += ch
        else:
            if cur != "":
                out.append(cur)
            cur = ""
    if cur != "":
        out.append(cur)
    return out


def top_k(counts: dict[str, int], k: int) -> list[str]:
    keys = list(counts)
    result: list[str] = []
    used: dict[str, bool] = {}
    for _ in range(min(k, len(keys))):
        best = ""
        best_c = -1
        for w in keys:
            if w in used:
                continue
            c = counts[w]
            if c > best_c or (c == best_c and w < best):
                best = w
                best_c = c
        used[best] = True
        result.append(f"{best}={best_c}")
    return result


def main() -> None:
    text = ("A rose is a rose is a rose. Ελληνικά λέξεις λέξεις; 日本語 text, text and more TEXT.\n"
            + "Never a dull moment: a moment, an hour, a day — naïve café CAFÉ café.")
    words = tokenize(text)
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    print(counts)
    print(len(words), len(counts), sum(counts.values()) == len(words))
    print(top_k(counts, 5))
    print(top_k(counts, 100)[-3:])
    freq_of_freq: dict[int, int] = {}
    for c in counts.values():
        freq_of_freq[c] = freq_of_freq.get(c, 0) + 1
    print(freq_of_freq, sorted(freq_of_freq))
    print(counts.get("rose", -1), counts.get("tulip", -1), counts.get("café", 0), counts.get("", 99))
    missing = [w for w in ["a", "b", "is", "isnt", "λέξεις"] if counts.get(w, 0) == 0]
    print(missing)


if __name__ == "__main__":
    main()
