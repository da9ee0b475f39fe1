"""Character histograms over non-ASCII text: counts, bars, most common, per-category tallies."""


def histogram(text: str) -> dict[str, int]:
    h: dict[str, int] = {}
    for ch in text:
        h[ch] = h.get(ch, 0) + 1
    return h


def category(ch: str) -> str:
    if ch.isspace():
        return "space"
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        if ch.isupper():
            return "upper"
        return "lower"
    return "other"


def main() -> None:
    text = "Ünïcödé façade — naïve Ωmega ΣΣσς 日本語テキスト 123 ééé! ⚡⚡ 🙂🙂🙂"
    h = histogram(text)
    print(len(h), sum(h.values()), len(text))
    print(h)
    for ch in sorted(h):
        if h[ch] >= 2:
            print(repr(ch), ord(ch), h[ch], "*" * h[ch])
    cats: dict[str, int] = {}
    for ch, n in h.items():
        c = category(ch)
        cats[c] = cats.get(c, 0) + n
    print(cats)
    top = max(h.values())
    print(top, [c for c, n in h.items() if n == top])
    lower: dict[str, int] = {}
    for ch in text.lower():
        if ch in lower:
            lower[ch] += 1
        else:
            lower[ch] = 1
    diff = {c: n for c, n in lower.items() if h.get(c, 0) != n}
    print(diff)
    print(min(h), max(h), sorted(h)[:5], "σ" in h, "x" in h)
    print(f"{h['é']}|{h.get('ς', 0)}|{h.get('?', 0)}")


if __name__ == "__main__":
    main()
